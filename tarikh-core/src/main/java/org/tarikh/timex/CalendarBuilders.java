package org.tarikh.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.tarikh.timex.TimexValue.Point;

/** Builders of calendar dates, ranges, decades, centuries, quarters and weekdays. */
final class CalendarBuilders {
  static final String HIJRI = "hijri";

  private CalendarBuilders() {
  }

  static Resolved date(Slots s, Context c) {
    Resolved r = plainDate(s, c);
    if (r == null || !s.has("nth") || !(r.value() instanceof Point p) || p.year() == null
        || p.month() == null || p.grain() != Grain.MONTH) {
      return s.has("nth") && (r == null || !(r.value() instanceof Point p2) || p2.grain() != Grain.MONTH)
          ? null : r;
    }
    return nthWeekday(p.year(), p.month(), s.integer("nth", 1), s.integer("weekday", 1), r);
  }

  private static Resolved nthWeekday(int y, int m, int nth, int weekday, Resolved base) {
    DayOfWeek wd = DayOfWeek.of(weekday);
    LocalDate d = nth < 0
        ? LocalDate.of(y, m, 1).with(TemporalAdjusters.lastInMonth(wd))
        : LocalDate.of(y, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, wd));
    return d.getMonthValue() != m ? null : new Resolved(day(d), base.anchor(), base.calendar());
  }

  private static Resolved plainDate(Slots s, Context c) {
    Integer y = s.year("year", "yy");
    Integer m = s.integer("month");
    Integer d = s.integer("day");
    if (y == null && s.has("unit")) {
      return inRelativePeriod(s, c, m, d);
    }
    if (HIJRI.equals(s.text("calendar"))) {
      TimexValue v = y == null ? null : Hijri.toGregorian(y, m, d);
      return v == null ? null : new Resolved(v, null, HIJRI);
    }
    if (y != null) {
      Point p = point(y, m, d);
      return valid(p) ? Resolved.absolute(p) : null;
    }
    return undated(m, d, s.has("nth") ? null : s.integer("weekday"), c);
  }

  /** A day or month inside a period named relative to an anchor ("the 20th of next month"). */
  private static Resolved inRelativePeriod(Slots s, Context c, Integer m, Integer d) {
    Resolved base = RelativeBuilders.anaphor(s, c);
    if (base == null || !(base.value() instanceof Point p) || p.year() == null) {
      return base == null ? null : undatedWithoutAnchor(m, d);
    }
    Integer month = m != null ? m : p.grain() == Grain.MONTH || p.grain() == Grain.DAY ? p.month() : null;
    Point out = point(p.year(), month, d);
    return valid(out) ? new Resolved(out, base.anchor(), null) : null;
  }

  private static Resolved undatedWithoutAnchor(Integer m, Integer d) {
    return Resolved.absolute(new Point(d != null ? Grain.DAY : Grain.MONTH, null, m, d, null, null, null));
  }

  /** A month and/or day without a year: the text's year, else the DCT's (next occurrence). */
  static Resolved undated(Integer m, Integer d, Integer weekday, Context c) {
    Point a = c.textAnchor();
    if (a != null) {
      Integer month = m != null ? m : a.grain().finerOrEqual(Grain.MONTH) ? a.month() : null;
      Point p = point(a.year(), month, d);
      return valid(p) ? new Resolved(p, String.valueOf(c.textAnchorOffset()), null) : null;
    }
    if (c.dct() == null) {
      Point p = new Point(d != null ? Grain.DAY : Grain.MONTH, null, m, d, null, null, null);
      return m != null && (m < 1 || m > 12) || d != null && d > 31 ? null : Resolved.absolute(p);
    }
    LocalDate ref = c.dct().toLocalDate();
    Point p = weekday != null && d != null ? withWeekday(ref, m, d, weekday) : nextOccurrence(ref, m, d);
    return p == null ? null : new Resolved(p, "dct", null);
  }

  private static Point nextOccurrence(LocalDate ref, Integer m, Integer d) {
    if (m != null && d == null) {
      return point(m < ref.getMonthValue() ? ref.getYear() + 1 : ref.getYear(), m, null);
    }
    if (m != null && m == ref.getMonthValue()) {
      return valid(point(ref.getYear(), m, d)) ? point(ref.getYear(), m, d) : null;
    }
    for (int step = 0; step < 60; step++) {
      LocalDate base = m != null ? ref.plusYears(step) : ref.plusMonths(step);
      int month = m != null ? m : base.getMonthValue();
      if (d > YearMonth.of(base.getYear(), month).lengthOfMonth()) {
        continue;
      }
      LocalDate cand = LocalDate.of(base.getYear(), month, d);
      if (!cand.isBefore(ref)) {
        return day(cand);
      }
    }
    return null;
  }

  /** The date nearest to {@code ref} with that month/day that falls on the weekday. */
  private static Point withWeekday(LocalDate ref, Integer m, int d, int weekday) {
    for (int step = 0; step < 400; step++) {
      for (int sign : new int[] {1, -1}) {
        LocalDate base = m != null ? ref.plusYears((long) sign * step) : ref.plusMonths((long) sign * step);
        int month = m != null ? m : base.getMonthValue();
        if (d <= YearMonth.of(base.getYear(), month).lengthOfMonth()) {
          LocalDate cand = LocalDate.of(base.getYear(), month, d);
          if (cand.getDayOfWeek().getValue() == weekday && (m != null || !cand.isBefore(ref))) {
            return day(cand);
          }
        }
      }
    }
    return null;
  }

  static Resolved range(Slots s, Context c) {
    Integer y1 = s.year("year", "yy");
    Integer y2 = s.integer("year2");
    if (y2 == null && s.has("yy2") && y1 != null) {
      y2 = y1 - Math.floorMod(y1, 100) + s.integer("yy2");
      if (y2 <= y1) {
        return null;
      }
    }
    Integer m1 = s.integer("month");
    Integer m2 = s.integer("month2");
    Integer d1 = s.integer("day");
    Integer d2 = s.integer("day2");
    m2 = m2 == null && d2 != null ? m1 : m2;
    m1 = m1 == null && d1 != null ? m2 : m1;
    y1 = y1 == null ? y2 : y1;
    y2 = y2 == null ? y1 : y2;
    if (HIJRI.equals(s.text("calendar"))) {
      return hijriRange(y1, m1, d1, y2, m2, d2);
    }
    String anchor = null;
    if (y1 == null) {
      Resolved first = undated(m1, d1, null, c);
      if (first == null) {
        return null;
      }
      y1 = ((Point) first.value()).year();
      y2 = y1;
      anchor = first.anchor();
    }
    Point a = point(y1, m1, d1);
    Point b = point(y2, m2, d2);
    if (!valid(a) || !valid(b) || a.equals(b)) {
      return null;
    }
    boolean swap = compare(a, b) > 0;
    return new Resolved(new TimexValue.Interval(swap ? b : a, swap ? a : b), anchor, null);
  }

  private static Resolved hijriRange(Integer y1, Integer m1, Integer d1, Integer y2, Integer m2, Integer d2) {
    if (y1 == null) {
      return null;
    }
    TimexValue a = Hijri.toGregorian(y1, m1, d1);
    TimexValue b = Hijri.toGregorian(y2, m2, d2);
    if (a == null || b == null) {
      return null;
    }
    Point from = a instanceof TimexValue.Interval i ? i.from() : (Point) a;
    Point to = b instanceof TimexValue.Interval i ? i.to() : (Point) b;
    if (compare(from, to) > 0) {
      Point f2 = b instanceof TimexValue.Interval i ? i.from() : (Point) b;
      Point t2 = a instanceof TimexValue.Interval i ? i.to() : (Point) a;
      from = f2;
      to = t2;
    }
    return new Resolved(new TimexValue.Interval(from, to), null, HIJRI);
  }

  static Resolved decade(Slots s, Context c) {
    Integer y = s.year("year", "yy");
    if (y == null || Math.floorMod(y, 10) != 0) {
      return null;
    }
    return Resolved.absolute(new Point(Grain.DECADE, y, null, null, null, null, null));
  }

  static Resolved century(Slots s, Context c) {
    Integer n = s.integer("ord");
    if (n == null || n < 1 || n > 21) {
      return null;
    }
    return Resolved.absolute(new Point(Grain.CENTURY, (n - 1) * 100, null, null, null, null, null));
  }

  static Resolved quarter(Slots s, Context c) {
    Integer q = s.integer("ord");
    if (q == null || q < 1 || q > 4) {
      return null;
    }
    Integer y = s.year("year", "yy");
    if (y != null) {
      return Resolved.absolute(new Point(Grain.QUARTER, y, q, null, null, null, null));
    }
    Point a = c.textAnchor();
    if (a != null) {
      return new Resolved(new Point(Grain.QUARTER, a.year(), q, null, null, null, null),
          String.valueOf(c.textAnchorOffset()), null);
    }
    Integer year = c.dct() == null ? null : c.dct().getYear();
    return new Resolved(new Point(Grain.QUARTER, year, q, null, null, null, null),
        year == null ? null : "dct", null);
  }

  static Resolved weekday(Slots s, Context c) {
    int wd = s.integer("weekday", 0);
    if (wd < 1 || wd > 7) {
      return null;
    }
    if (c.dct() == null) {
      return Resolved.absolute(new Point(Grain.DAY, null, null, null, null, null, null));
    }
    LocalDate ref = c.dct().toLocalDate();
    DayOfWeek day = DayOfWeek.of(wd);
    Integer count = s.integer("count");
    Integer weeks = s.has("weeks") ? s.integer("weeks") : s.integer("offset");
    LocalDate d;
    if (count != null) {
      boolean back = s.integer("offset", 1) < 0;
      d = ref;
      for (int i = 0; i < count; i++) {
        d = d.with(back ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day));
      }
    } else if (weeks == null || weeks == 0 && !s.has("weeks")) {
      d = ref.with(TemporalAdjusters.next(day));
    } else {
      d = ref.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
          .with(TemporalAdjusters.nextOrSame(day));
    }
    return new Resolved(day(d), "dct", null);
  }

  static Point point(Integer y, Integer m, Integer d) {
    Grain g = d != null ? Grain.DAY : m != null ? Grain.MONTH : Grain.YEAR;
    return new Point(g, y, m, d, null, null, null);
  }

  static Point day(LocalDate d) {
    return new Point(Grain.DAY, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, null, null);
  }

  static boolean valid(Point p) {
    if (p.month() != null && (p.month() < 1 || p.month() > 12)) {
      return false;
    }
    if (p.day() == null) {
      return true;
    }
    int max = p.year() == null || p.month() == null ? 31
        : YearMonth.of(p.year(), p.month()).lengthOfMonth();
    return p.day() >= 1 && p.day() <= max;
  }

  static int compare(Point a, Point b) {
    int c = Integer.compare(nz(a.year()), nz(b.year()));
    c = c != 0 ? c : Integer.compare(nz(a.month()), nz(b.month()));
    return c != 0 ? c : Integer.compare(nz(a.day()), nz(b.day()));
  }

  private static int nz(Integer v) {
    return v == null ? 0 : v;
  }
}
