package org.tarikh.timex;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic behind {@link Holidays}: the Gregorian and Julian Easter computus, and the
 * start of a month in the Hijri (java.time Umm al-Qura), Hebrew and Chinese (ICU4J) calendars.
 * A lunar holiday's occurrence in a Gregorian year is the one that starts in that year.
 */
final class HolidayDates {
  private static final com.ibm.icu.util.TimeZone UTC = com.ibm.icu.util.TimeZone.GMT_ZONE;

  private HolidayDates() {
  }

  static Holiday.Occurrence in(Holiday h, int year) {
    try {
      return switch (h.calendar()) {
        case GREGORIAN -> inMonth(h, LocalDate.of(year, h.month(), 1), 0);
        case EASTER -> span(h, gregorianEaster(year));
        case ORTHODOX_EASTER -> span(h, orthodoxEaster(year));
        case HIJRI, HEBREW, CHINESE -> lunar(h, year);
      };
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Tries the two native years that overlap {@code year} and keeps the one starting in it. */
  private static Holiday.Occurrence lunar(Holiday h, int year) {
    int base = switch (h.calendar()) {
      case HIJRI -> HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
      case HEBREW -> year + 3760;
      default -> year - 1;
    };
    for (int k = 0; k <= 1; k++) {
      LocalDate first = monthStart(h.calendar(), base + k, h.month());
      Holiday.Occurrence o = first == null ? null : inMonth(h, first, monthLength(h.calendar(), first));
      if (o != null && o.first().getYear() == year) {
        return o;
      }
    }
    return null;
  }

  /** The holiday inside the month beginning at {@code first}; {@code monthLength} 0 for Gregorian. */
  private static Holiday.Occurrence inMonth(Holiday h, LocalDate first, int monthLength) {
    if (h.length() == 0) {
      int len = monthLength > 0 ? monthLength : first.lengthOfMonth();
      return new Holiday.Occurrence(first, first.plusDays(len - 1L));
    }
    LocalDate d;
    if (h.weekday() != null) {
      DayOfWeek wd = DayOfWeek.of(h.weekday());
      int len = monthLength > 0 ? monthLength : first.lengthOfMonth();
      d = h.nth() < 0 ? first.plusDays(len - 1L).with(TemporalAdjusters.previousOrSame(wd))
          : first.with(TemporalAdjusters.nextOrSame(wd)).plusWeeks(h.nth() - 1L);
    } else {
      d = first.plusDays(h.day() - 1L);
    }
    return span(h, d);
  }

  private static Holiday.Occurrence span(Holiday h, LocalDate day) {
    LocalDate first = day.plusDays(h.offset());
    return new Holiday.Occurrence(first, first.plusDays(Math.max(h.length(), 1) - 1L));
  }

  private static LocalDate monthStart(Holiday.Calendar cal, int nativeYear, int month) {
    if (cal == Holiday.Calendar.HIJRI) {
      return LocalDate.from(HijrahDate.of(nativeYear, month, 1));
    }
    com.ibm.icu.util.Calendar c = cal == Holiday.Calendar.HEBREW ? new HebrewCalendar(UTC) : new ChineseCalendar(UTC);
    c.clear();
    c.set(com.ibm.icu.util.Calendar.EXTENDED_YEAR, nativeYear);
    c.set(com.ibm.icu.util.Calendar.MONTH, month - 1);
    c.set(com.ibm.icu.util.Calendar.DAY_OF_MONTH, 1);
    if (cal == Holiday.Calendar.CHINESE) {
      c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    }
    return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
  }

  private static int monthLength(Holiday.Calendar cal, LocalDate first) {
    if (cal == Holiday.Calendar.HIJRI) {
      return HijrahDate.from(first).lengthOfMonth();
    }
    com.ibm.icu.util.Calendar c = cal == Holiday.Calendar.HEBREW ? new HebrewCalendar(UTC) : new ChineseCalendar(UTC);
    c.setTimeInMillis(first.toEpochDay() * 86_400_000L);
    return c.getActualMaximum(com.ibm.icu.util.Calendar.DAY_OF_MONTH);
  }

  /** Easter Sunday in the Gregorian calendar (anonymous Gregorian computus). */
  static LocalDate gregorianEaster(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  /** Orthodox Easter Sunday: the Julian computus, converted to the Gregorian calendar. */
  static LocalDate orthodoxEaster(int y) {
    int a = y % 4;
    int b = y % 7;
    int c = y % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    int julianToGregorian = y / 100 - y / 400 - 2;
    return LocalDate.of(y, month, day).plusDays(julianToGregorian);
  }
}
