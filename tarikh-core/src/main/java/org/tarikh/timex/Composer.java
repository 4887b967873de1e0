package org.tarikh.timex;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.timex.TimexValue.Interval;
import org.tarikh.timex.TimexValue.Point;

/**
 * Joins neighbouring timexes that name one time together: a day and a clock time ("tomorrow at
 * 5pm", "Fri, Jul 18, 2014 07:00 PM"), a day and a span of hours ("Monday morning", "3-4pm
 * tomorrow"), a part of a day and a clock time ("8 this evening"). Between them may stand only
 * items of the lexicon class {@code TIMEJOIN} ("at", "on", ","). Matches of rules that set
 * {@code standalone=no} are dropped unless joined. Language-neutral.
 */
final class Composer {
  static final String JOIN = "TIMEJOIN";
  private static final int MAX_GAP = 2;

  /** A built match: the items {@code [from, to)} of its span, its value and rule name. */
  record Found(int from, int to, Resolved resolved, Build build, String rule, boolean standalone) {
  }

  private Composer() {
  }

  static List<Found> compose(List<Found> found, List<Item> items) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Found last = out.isEmpty() ? null : out.get(out.size() - 1);
      Found joined = last != null && joinable(last, f, items) ? join(last, f) : null;
      if (joined != null) {
        out.set(out.size() - 1, joined);
      } else {
        out.add(f);
      }
    }
    out.removeIf(f -> !f.standalone());
    return out;
  }

  private static boolean joinable(Found a, Found b, List<Item> items) {
    if (b.from() - a.to() > MAX_GAP) {
      return false;
    }
    for (int i = a.to(); i < b.from(); i++) {
      if (!items.get(i).has(JOIN)) {
        return false;
      }
    }
    return true;
  }

  private static Found join(Found a, Found b) {
    TimexValue v = joinValues(a, b);
    if (v == null) {
      v = joinValues(b, a);
    }
    if (v == null) {
      return null;
    }
    Resolved r = new Resolved(v, a.resolved().anchor() != null ? a.resolved().anchor() : b.resolved().anchor(),
        null);
    Build kind = a.build() == Build.POD || b.build() == Build.POD ? Build.POD
        : a.build() == Build.TIME || b.build() == Build.TIME ? Build.TIME : a.build();
    return new Found(a.from(), b.to(), r, v instanceof Point ? Build.TIME : kind, a.rule() + "+" + b.rule(), true);
  }

  /** The value of {@code x} and {@code y} together, or {@code null} when they do not combine. */
  private static TimexValue joinValues(Found x, Found y) {
    TimexValue xv = x.resolved().value();
    TimexValue yv = y.resolved().value();
    if (xv instanceof Point day && day.grain() == Grain.DAY) {
      if (y.build() == Build.TIME && yv instanceof Point clock) {
        return onDay(clock, day);
      }
      if (yv instanceof Interval i && isClock(i.from()) && isClock(i.to())) {
        return new Interval(onDay(i.from(), day), onDay(i.to(), day));
      }
    }
    if (x.build() == Build.POD && xv instanceof Interval pod && y.build() == Build.TIME
        && yv instanceof Point clock) {
      int h = clock.hour() < 12 && pod.from().hour() >= 12 ? clock.hour() + 12 : clock.hour();
      Point moved = new Point(clock.grain(), clock.year(), clock.month(), clock.day(), h,
          clock.minute(), clock.second());
      return onDay(moved, pod.from());
    }
    return null;
  }

  private static boolean isClock(Point p) {
    return p != null && p.grain().finerOrEqual(Grain.HOUR);
  }

  private static Point onDay(Point clock, Point day) {
    return new Point(clock.grain(), day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
        clock.second());
  }
}
