package org.tarikh.timex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;

/**
 * Hijri (Umm al-Qura, java.time {@link HijrahDate}) to Gregorian: a day gives the day, a month
 * or a year gives the Gregorian days it covers, both ends included.
 */
final class Hijri {
  private Hijri() {
  }

  /** The Gregorian value of a Hijri date; {@code null} when outside the supported range. */
  static TimexValue toGregorian(int year, Integer month, Integer day) {
    try {
      if (day != null) {
        return day(HijrahDate.of(year, month, day));
      }
      if (month != null) {
        HijrahDate first = HijrahDate.of(year, month, 1);
        ValueRange r = first.range(ChronoField.DAY_OF_MONTH);
        return new TimexValue.Interval(day(first), day(first.with(ChronoField.DAY_OF_MONTH, r.getMaximum())));
      }
      HijrahDate first = HijrahDate.of(year, 1, 1);
      HijrahDate last = first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear());
      return new TimexValue.Interval(day(first), day(last));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static TimexValue.Point day(HijrahDate h) {
    LocalDate d = LocalDate.from(h);
    return new TimexValue.Point(Grain.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
        null, null, null);
  }
}
