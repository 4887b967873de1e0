package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holiday table ({@code org/tarikh/timex/holidays.tsv}) against published dates: Easter
 * computus (Gregorian and Julian), Nth weekdays, Hijri (Umm al-Qura), Hebrew and Chinese months.
 */
class HolidaysTest {
  @ParameterizedTest
  @CsvSource({
      "easter, 2024, 2024-03-31, 2024-03-31",
      "easter, 2025, 2025-04-20, 2025-04-20",
      "easter, 1998, 1998-04-12, 1998-04-12",
      "orthodox-easter, 2024, 2024-05-05, 2024-05-05",
      "orthodox-easter, 2025, 2025-04-20, 2025-04-20",
      "good-friday, 2024, 2024-03-29, 2024-03-29",
      "lent, 2018, 2018-02-14, 2018-03-31",
      "thanksgiving, 2024, 2024-11-28, 2024-11-28",
      "memorial-day, 2024, 2024-05-27, 2024-05-27",
      "labor-day, 2024, 2024-09-02, 2024-09-02",
      "eid-al-fitr, 2024, 2024-04-10, 2024-04-10",
      "ramadan, 2024, 2024-03-11, 2024-04-09",
      "jumuatul-wida, 2018, 2018-06-08, 2018-06-08",
      "yom-kippur, 1973, 1973-10-06, 1973-10-06",
      "yom-kippur, 2023, 2023-09-25, 2023-09-25",
      "passover, 2024, 2024-04-23, 2024-04-30",
      "hanukkah, 2023, 2023-12-08, 2023-12-15",
      "chinese-new-year, 2024, 2024-02-10, 2024-02-10",
      "chinese-new-year, 2014, 2014-01-31, 2014-01-31",
  })
  void occurrenceInAYearMatchesThePublishedDates(String id, int year, String first, String last) {
    Holiday.Occurrence o = Holidays.standard().in(id, year);
    assertThat(o).isNotNull();
    assertThat(o.first()).isEqualTo(LocalDate.parse(first));
    assertThat(o.last()).isEqualTo(LocalDate.parse(last));
  }

  @ParameterizedTest
  @CsvSource({"christmas, 2013-02-12, true, 2013-12-25", "christmas, 2013-02-12, false, 2012-12-25",
      "easter, 2013-04-01, false, 2013-03-31", "easter, 2013-03-31, true, 2013-03-31"})
  void nearestOccurrenceBeforeOrAfterADay(String id, String ref, boolean after, String expected) {
    assertThat(Holidays.standard().nearest(id, LocalDate.parse(ref), after).first())
        .isEqualTo(LocalDate.parse(expected));
  }
}
