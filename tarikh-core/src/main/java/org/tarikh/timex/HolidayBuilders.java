package org.tarikh.timex;

import java.time.LocalDate;
import org.tarikh.timex.TimexValue.Point;

/**
 * Builds the value of a named holiday ({@code holiday} slot: an id of {@link Holidays}): in the
 * year given ({@code year}, or {@code offset} years from the DCT's with {@code unit=Y}), else the
 * last one before the DCT ({@code offset} -1) or the next one on or after it, else in the year of
 * the text's latest date. A one-day holiday is a day; a longer one the interval of its days.
 */
final class HolidayBuilders {
  private HolidayBuilders() {
  }

  static Resolved holiday(Slots s, Context c) {
    String id = s.text("holiday");
    Holidays holidays = Holidays.standard();
    Integer year = s.year("year", "yy");
    if (year != null) {
      return resolved(holidays.in(id, year), null);
    }
    Point anchor = c.textAnchor();
    if (s.unit("unit") != null) {
      Resolved y = RelativeBuilders.anaphor(s, c);
      return y == null || !(y.value() instanceof Point p) || p.year() == null ? null
          : resolved(holidays.in(id, p.year()), y.anchor());
    }
    if (s.integer("offset", 0) == 0 && anchor != null) {
      return resolved(holidays.in(id, anchor.year()), String.valueOf(c.textAnchorOffset()));
    }
    if (c.dct() == null) {
      return Resolved.absolute(new Point(Grain.DAY, null, null, null, null, null, null));
    }
    LocalDate ref = c.dct().toLocalDate();
    return resolved(holidays.nearest(id, ref, s.integer("offset", 0) >= 0), "dct");
  }

  private static Resolved resolved(Holiday.Occurrence o, String anchor) {
    if (o == null) {
      return null;
    }
    Point first = CalendarBuilders.day(o.first());
    TimexValue v = o.first().equals(o.last()) ? first
        : new TimexValue.Interval(first, CalendarBuilders.day(o.last()));
    return new Resolved(v, anchor, null);
  }
}
