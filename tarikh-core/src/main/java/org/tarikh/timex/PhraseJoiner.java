package org.tarikh.timex;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.timex.Composer.Found;
import org.tarikh.timex.TimexValue.Duration;
import org.tarikh.timex.TimexValue.Interval;
import org.tarikh.timex.TimexValue.Point;

/**
 * Conventions of peer suites for isolated phrases, applied only by {@link PhraseNormalizer}
 * where FACTS.md (which rules running text) is silent: a lone point after a word of lexicon class
 * {@code OPENAFTER} ("since 2014") is the open interval {@code 2014/..}, after {@code OPENBEFORE}
 * ("until 2pm") {@code ../T14} (not when the phrase names the other end too: FACTS.md makes "from
 * X to Y" two dates); a point and a duration joined by {@code DURJOIN} items ("18th
 * Dec for 10 days") are the interval from the point to the point moved by the duration.
 */
final class PhraseJoiner {
  static final String OPEN_AFTER = "OPENAFTER";
  static final String OPEN_BEFORE = "OPENBEFORE";
  static final String DUR_JOIN = "DURJOIN";

  private PhraseJoiner() {
  }

  static List<Found> apply(List<Found> found, List<Item> items) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Found last = out.isEmpty() ? null : out.get(out.size() - 1);
      Found joined = last == null ? null : withDuration(last, f, items);
      if (joined != null) {
        out.set(out.size() - 1, joined);
      } else {
        out.add(found.size() == 1 ? open(f, items) : f);
      }
    }
    return out;
  }

  private static Found open(Found f, List<Item> items) {
    if (f.from() == 0 || f.matchFrom() < f.from() || !(f.resolved().value() instanceof Point p)) {
      return f;
    }
    Item before = items.get(f.from() - 1);
    boolean after = before.has(OPEN_AFTER);
    if (!after && !before.has(OPEN_BEFORE)) {
      return f;
    }
    Interval v = after ? new Interval(p, null) : new Interval(null, p);
    return new Found(f.from() - 1, f.to(), f.from() - 1, new Resolved(v, f.resolved().anchor(), null),
        f.build(), f.rule(), true);
  }

  private static Found withDuration(Found a, Found b, List<Item> items) {
    for (int i = a.to(); i < b.from(); i++) {
      if (!items.get(i).has(DUR_JOIN)) {
        return null;
      }
    }
    Found point = a.resolved().value() instanceof Point ? a : b;
    Found amount = point == a ? b : a;
    if (!(point.resolved().value() instanceof Point p) || !(amount.resolved().value() instanceof Duration d)
        || d.amount() == null || p.year() == null || p.month() == null || p.day() == null) {
      return null;
    }
    LocalDateTime t = LocalDateTime.of(p.year(), p.month(), p.day(), p.hour() == null ? 0 : p.hour(),
        p.minute() == null ? 0 : p.minute(), p.second() == null ? 0 : p.second());
    Grain g = p.grain() == Grain.HOUR && d.unit().timePart() ? Grain.MINUTE : p.grain();
    Point start = Point.of(g, t).at(g);
    Point end = Point.of(g, t.plus((long) d.amount() * d.unit().size(), d.unit().chrono())).at(g);
    return new Found(a.from(), b.to(), Math.min(a.matchFrom(), b.matchFrom()),
        new Resolved(new Interval(start, end), point.resolved().anchor(), null), point.build(),
        a.rule() + "+" + b.rule(), true);
  }
}
