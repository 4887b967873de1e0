package org.tarikh.timex;

import java.time.LocalDate;
import java.util.Locale;
import org.tarikh.lang.TsvTable;

/**
 * One row of {@code org/tarikh/timex/holidays.tsv}: how a holiday's day is found in a year of its
 * calendar (see {@link HolidayDates}).
 *
 * @param month month in the holiday's calendar, or {@code null} (Easter-relative feasts)
 * @param day day of that month, or {@code null}
 * @param weekday ISO weekday (1 = Monday) with {@code nth}, or {@code null}
 * @param nth which such weekday of the month (-1: the last)
 * @param offset days added to the day found
 * @param length days covered ({@code 1}: a single day; {@code 0}: the whole month)
 */
record Holiday(String id, Calendar calendar, Integer month, Integer day, Integer weekday,
               int nth, int offset, int length) {

  /** The calendars a holiday can be fixed in. */
  enum Calendar { GREGORIAN, EASTER, ORTHODOX_EASTER, HIJRI, HEBREW, CHINESE }

  /** The days a holiday covers in a Gregorian year: first and last, both included. */
  record Occurrence(LocalDate first, LocalDate last) {
  }

  static Holiday of(TsvTable.Row row) {
    Calendar cal;
    try {
      cal = Calendar.valueOf(row.require("calendar").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown calendar '" + row.get("calendar") + "'");
    }
    Integer month = number(row, "month");
    Integer day = number(row, "day");
    Integer weekday = number(row, "weekday");
    boolean easter = cal == Calendar.EASTER || cal == Calendar.ORTHODOX_EASTER;
    if (easter != (month == null) || weekday != null && day != null
        || weekday != null && number(row, "nth") == null) {
      throw row.error("give month with day, or month with weekday and nth (Easter feasts: offset only)");
    }
    Integer length = number(row, "length");
    int len = length != null ? length : month != null && day == null && weekday == null ? 0 : 1;
    Integer offset = number(row, "offset");
    Integer nth = number(row, "nth");
    return new Holiday(row.require("id"), cal, month, day, weekday, nth == null ? 1 : nth,
        offset == null ? 0 : offset, len);
  }

  private static Integer number(TsvTable.Row row, String column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw row.error("'" + column + "' is not a number: '" + v + "'");
    }
  }
}
