package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {
  @ParameterizedTest(name = "{0} vs {1} is {2}")
  @CsvSource({
      "1994, 1994-09, CONTAINS",
      "1993-04-30, 1993, WITHIN",
      "2004-08, 2004-09, DISJOINT",
      "2004-09, 2004-09, EQUAL",
      "2012/2013, 2013-10, CONTAINS",
      "2003/2005, 2004/2006, OVERLAP",
      "1997/1995, 1995/1997, EQUAL",
      "199X, 1994-09-29, CONTAINS",
      "19XX, 2001, DISJOINT",
      "XXXX-09, 2004-09, UNKNOWN",
      "PRESENT_REF, 2004, UNKNOWN",
      "2003-09/2003-11, 2003-10-02, CONTAINS",
      "2001-02-30, 2001, UNKNOWN",
      "2018-09-29T00:00:00, 2018-09-29, EQUAL",
      "2018-09-29T10:30, 2018-09, WITHIN",
      "2018-09-29TMO, 2018-09-30, DISJOINT"
  })
  void relatesAsIntervals(String a, String b, DateRange.Relation expected) {
    assertThat(DateRange.parse(a).relate(DateRange.parse(b))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1994, 1994-09, false", "2004-08, 2004-09, true", "2003/2005, 2004/2006, true"})
  void conflictsOnlyWhenNeitherIsMerelyCoarser(String a, String b, boolean conflict) {
    assertThat(DateRange.parse(a).relate(DateRange.parse(b)).conflicts()).isEqualTo(conflict);
  }
}
