package org.tarikh.timex;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.timex.Composer.Found;
import org.tarikh.timex.TimexValue.Interval;
import org.tarikh.timex.TimexValue.Point;

/**
 * Joins a clock time to the time zone written after it ("8:00 GMT", "9 am (BST)"; lexicon class
 * {@code TZ}, value = offset from UTC in minutes) and, when the reference time's own offset is
 * known, gives the time in the reference's zone, to the minute. Without a known reference offset
 * the clock time is kept as written. Language-neutral.
 */
final class ZoneJoiner {
  static final String TZ = "TZ";
  /** A word that may stand between the time and its zone ("بتوقيت GMT"). */
  static final String TZ_JOIN = "TZJOIN";

  private ZoneJoiner() {
  }

  static List<Found> apply(List<Found> found, List<Item> items, ZoneOffset reference) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      int z = f.to() < items.size() && items.get(f.to()).has(TZ_JOIN) ? f.to() + 1 : f.to();
      boolean paren = z < items.size() && items.get(z).text().equals("(");
      int tz = paren ? z + 1 : z;
      if (tz >= items.size() || !items.get(tz).has(TZ) || !isClock(f.resolved().value())) {
        out.add(f);
        continue;
      }
      int end = paren && tz + 1 < items.size() && items.get(tz + 1).text().equals(")") ? tz + 2 : tz + 1;
      int minutes = Integer.parseInt(items.get(tz).classes().get(TZ));
      TimexValue v = reference == null || !dated(f.resolved().value()) ? f.resolved().value()
          : shift(f.resolved().value(), reference.getTotalSeconds() / 60 - minutes);
      out.add(new Found(f.from(), end, f.matchFrom(), new Resolved(v, f.resolved().anchor(), null),
          f.build(), f.rule(), f.standalone()));
    }
    return out;
  }

  private static boolean isClock(TimexValue v) {
    if (v instanceof Point p) {
      return p.grain().finerOrEqual(Grain.HOUR);
    }
    return v instanceof Interval i && i.from() != null && i.to() != null && isClock(i.from()) && isClock(i.to());
  }

  private static boolean dated(TimexValue v) {
    return v instanceof Point p ? p.day() != null : ((Interval) v).from().day() != null;
  }

  private static TimexValue shift(TimexValue v, int minutes) {
    if (v instanceof Interval i) {
      return new Interval(shift(i.from(), minutes), shift(i.to(), minutes));
    }
    return shift((Point) v, minutes);
  }

  private static Point shift(Point p, int minutes) {
    Grain g = p.grain() == Grain.HOUR ? Grain.MINUTE : p.grain();
    LocalDateTime t = LocalDateTime.of(p.year(), p.month(), p.day(), p.hour(), p.minute() == null ? 0 : p.minute(),
        p.second() == null ? 0 : p.second()).plusMinutes(minutes);
    return Point.of(g, t).at(g);
  }
}
