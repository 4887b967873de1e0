package org.tarikh.timex;

import java.time.LocalDateTime;
import org.tarikh.timex.TimexValue.Point;

/**
 * Builders of values relative to an anchor: the unit containing the DCT or the text's latest
 * date, shifted by an offset ("next year", "the same year", "العام التالي"), the DCT moved by an
 * amount ("3 days ago", "in 2 hours"). Without an anchor a value keeps X for
 * what it cannot know, or takes the rule's {@code fallback} (a duration, or a reference name).
 */
final class RelativeBuilders {
  private RelativeBuilders() {
  }

  static Resolved relative(Slots s, Context c) {
    return unitOf(s, c, false);
  }

  static Resolved anaphor(Slots s, Context c) {
    return unitOf(s, c, true);
  }

  private static Resolved unitOf(Slots s, Context c, boolean textFirst) {
    Unit u = s.unit("unit");
    if (u == null) {
      return null;
    }
    Grain g = u.grain();
    long off = (long) s.integer("offset", 0) * s.integer("amount", 1) * u.size();
    Point a = c.textAnchor();
    if (textFirst && a != null) {
      String anchor = String.valueOf(c.textAnchorOffset());
      if (!a.grain().finerOrEqual(g)) {
        Integer year = off == 0 || g != Grain.YEAR ? a.year() : null;
        return new Resolved(new Point(g, year, null, null, null, null, null), anchor, null);
      }
      LocalDateTime t = LocalDateTime.of(a.year(), a.month() == null ? 1 : a.month(),
          a.day() == null ? 1 : a.day(), 0, 0);
      return new Resolved(Point.of(g, t.plus(off, u.chrono())).at(g), anchor, null);
    }
    if (c.dct() == null) {
      return unanchored(s, g);
    }
    return new Resolved(Point.of(g, c.dct().plus(off, u.chrono())).at(g), "dct", null);
  }

  /**
   * The {@code amount} whole units just before ({@code offset} -1) or after (+1) the one
   * containing the DCT, as an interval ("last 2 weeks", "next 3 days").
   */
  static Resolved period(Slots s, Context c) {
    Unit u = s.unit("unit");
    int dir = s.integer("offset", 0);
    if (u == null || dir == 0) {
      return null;
    }
    if (c.dct() == null) {
      return AmountBuilders.duration(s, c);
    }
    int n = s.integer("amount", 3);
    Grain g = u.grain();
    LocalDateTime near = c.dct().plus((long) dir * u.size(), u.chrono());
    LocalDateTime far = c.dct().plus((long) dir * n * u.size(), u.chrono());
    Point a = Point.of(g, dir > 0 ? near : far).at(g);
    Point b = Point.of(g, dir > 0 ? far : near).at(g);
    return new Resolved(new TimexValue.Interval(a, b), "dct", null);
  }

  static Resolved shift(Slots s, Context c) {
    Unit u = s.unit("unit");
    if (u == null) {
      return null;
    }
    Integer amount = s.integer("amount");
    if (c.dct() == null) {
      return unanchored(s, u.timePart() ? Grain.SECOND : Grain.DAY);
    }
    if (amount == null) {
      amount = 3;
    }
    long n = (long) amount * u.size() * s.integer("offset", 1);
    Grain g = shiftGrain(u, c.dct());
    return new Resolved(Point.of(g, c.dct().plus(n, u.chrono())).at(g), "dct", null);
  }

  /**
   * The grain of a moved DCT: one finer than the unit (hours give minutes, days give hours, years
   * months), but never finer than a day when the DCT is a bare date.
   */
  private static Grain shiftGrain(Unit u, LocalDateTime dct) {
    Grain g = switch (u) {
      case S, MIN -> Grain.SECOND;
      case H -> Grain.MINUTE;
      case D, FORTNIGHT -> Grain.HOUR;
      case W, M, Q -> Grain.DAY;
      default -> Grain.MONTH;
    };
    boolean dateOnly = dct.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    return dateOnly && g.finerOrEqual(Grain.HOUR) && !u.timePart() ? Grain.DAY : g;
  }

  /** What a value is without an anchor: the rule's fallback, else X at its grain. */
  private static Resolved unanchored(Slots s, Grain g) {
    String fb = s.text("fallback");
    if ("duration".equals(fb)) {
      return AmountBuilders.duration(s, null);
    }
    if (fb != null && !fb.isEmpty()) {
      return Resolved.absolute(new TimexValue.Reference(fb));
    }
    return Resolved.absolute(new Point(g, null, null, null, null, null, null));
  }
}
