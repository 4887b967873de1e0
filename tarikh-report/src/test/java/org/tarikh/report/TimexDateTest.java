package org.tarikh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Placing TIMEX3 values on the time axis and naming them for readers. */
class TimexDateTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1992-03-02      | 2 March 1992       | 1992-03-02 | 1992-03-02",
      "1992-03         | March 1992         | 1992-03-01 | 1992-03-31",
      "1992            | 1992               | 1992-01-01 | 1992-12-31",
      "199X            | 1990s              | 1990-01-01 | 1999-12-31",
      "19XX            | 20th century       | 1900-01-01 | 1999-12-31",
      "2012/2013       | 2012 – 2013        | 2012-01-01 | 2013-12-31",
      "2003-09/2003-11 | September 2003 – November 2003 | 2003-09-01 | 2003-11-30",
      "2004-10-29T10:00 | 29 October 2004   | 2004-10-29 | 2004-10-29",
  })
  void placesAndNames(String value, String label, String first, String last) {
    TimexDate d = TimexDate.of(value);
    assertThat(d.label()).isEqualTo(label);
    assertThat(d.first()).hasToString(first);
    assertThat(d.last()).hasToString(last);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "XXXX-09     | September, year unknown",
      "PRESENT_REF | present",
      "P44D        | date unknown",
      "1992-13     | date unknown",
  })
  void underspecifiedValuesHaveNoPlace(String value, String label) {
    TimexDate d = TimexDate.of(value);
    assertThat(d.underspecified()).isTrue();
    assertThat(d.label()).isEqualTo(label);
  }

  @Test
  void sortsByStartWiderFirstUnderspecifiedLast() {
    List<String> expected = List.of("199X", "1992/1993", "1992", "1992-03", "1992-03-02", "1993",
        "PRESENT_REF", "XXXX-09");
    List<TimexDate> dates = new ArrayList<>(expected.stream().map(TimexDate::of).toList());
    Collections.reverse(dates);
    Collections.sort(dates);
    assertThat(dates).extracting(TimexDate::value).containsExactly(expected.toArray(String[]::new));
  }
}
