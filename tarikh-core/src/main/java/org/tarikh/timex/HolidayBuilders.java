package org.tarikh.timex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import org.tarikh.timex.TimexValue.Point;

/**
 * Feasts fixed in the Hijri calendar (the lexicon gives their Hijri month and day, e.g. Eid
 * al-Fitr {@code 10-01}): the occurrence in a given Gregorian year, or the next one after the
 * DCT.
 */
final class HolidayBuilders {
  private HolidayBuilders() {
  }

  static Resolved hijriFeast(int[] monthDay, Integer gregorianYear, Context c) {
    if (gregorianYear != null) {
      LocalDate d = inYear(monthDay, gregorianYear);
      return d == null ? null : new Resolved(CalendarBuilders.day(d), null, CalendarBuilders.HIJRI);
    }
    if (c.dct() == null) {
      return Resolved.absolute(new Point(Grain.DAY, null, null, null, null, null, null));
    }
    LocalDate ref = c.dct().toLocalDate();
    for (int y = ref.getYear(); y <= ref.getYear() + 1; y++) {
      LocalDate d = inYear(monthDay, y);
      if (d != null && !d.isBefore(ref)) {
        return new Resolved(CalendarBuilders.day(d), "dct", CalendarBuilders.HIJRI);
      }
    }
    return null;
  }

  /** The first Gregorian date in {@code year} that is the Hijri month-day, or {@code null}. */
  private static LocalDate inYear(int[] monthDay, int year) {
    try {
      int h = HijrahDate.from(LocalDate.of(year, 1, 1)).get(java.time.temporal.ChronoField.YEAR);
      for (int k = 0; k <= 1; k++) {
        LocalDate d = LocalDate.from(HijrahDate.of(h + k, monthDay[0], monthDay[1]));
        if (d.getYear() == year) {
          return d;
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
