package org.tarikh.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.reference.EventTypes;
import org.tarikh.reference.EventTypes.Recurrence;

/**
 * Scores whether two events of different documents state the same fact, from language-neutral
 * evidence only: type compatibility, date compatibility (granularity and intervals), shared
 * entity ids (weighted by how specific each is in its document), shared numbers, equal session
 * or ordinal, and the overlap of evidence tokens (digits across languages, words within one).
 *
 * <p>A pair is not scored at all ({@code null}, or {@code NaN} from {@link #quickScore}) unless the types are compatible and the
 * events share an entity id or a number; two events citing disjoint numbers are different facts;
 * a routine fact (see {@code recurs} in {@code reference/event-types.tsv}) with conflicting dates
 * is a different fact unless a number, session or ordinal ties them.
 *
 * <p>Score = type factor × (0.30 date + 0.45 identity + 0.15 attrs + 0.10 evidence tokens).
 */
final class PairScorer {
  static final List<String> KEY_ATTRS = List.of("session", "ordinal", "rank", "agenda_item");
  private static final double OTHER_TYPE_FACTOR = 0.85;
  private static final double ENTITY_SATURATION = 1.5;

  private final EventTypes types;

  PairScorer(EventTypes types) {
    this.types = types;
  }

  /** The match of two events with its reasons, or {@code null} when nothing ties them. */
  Match score(EventProfile a, EventProfile b) {
    List<String> reasons = new ArrayList<>();
    double s = score(a, b, reasons);
    return Double.isNaN(s) ? null : new Match(s, reasons);
  }

  /** The score alone (no reasons built), or {@code NaN} when nothing ties the events. */
  double quickScore(EventProfile a, EventProfile b) {
    return score(a, b, null);
  }

  private double score(EventProfile a, EventProfile b, List<String> reasons) {
    if (!a.group.equals(b.group)) {
      return Double.NaN;
    }
    add(reasons, a.event.type().equals(b.event.type()) ? "type" : "type:" + a.event.type() + "~" + b.event.type());
    Set<String> sharedNumbers = intersect(a.numbers, b.numbers);
    if (!a.numbers.isEmpty() && !b.numbers.isEmpty() && sharedNumbers.isEmpty()) {
      return Double.NaN;
    }
    double entityWeight = sharedEntities(a, b, reasons);
    if (entityWeight == 0 && sharedNumbers.isEmpty()) {
      return Double.NaN;
    }
    sharedNumbers.forEach(n -> add(reasons, "numbers:" + n));
    double attrs = attrScore(a, b, reasons);
    DateRange.Relation rel = a.range.relate(b.range);
    if (rel.conflicts() && sharedNumbers.isEmpty() && attrs < 1.0
        && (types.recurs(a.event.type()) == Recurrence.OFTEN || !sameYear(a, b))) {
      return Double.NaN;
    }
    double date = dateScore(a, b, rel, reasons);
    double identity = sharedNumbers.isEmpty() ? Math.min(1, entityWeight / ENTITY_SATURATION) : 1.0;
    double lex = Math.min(1.0, 2 * jaccard(a.tokens, b.tokens));
    double factor = a.event.type().equals(b.event.type()) ? 1.0 : OTHER_TYPE_FACTOR;
    double score = factor * (0.30 * date + 0.45 * identity + 0.15 * attrs + 0.10 * lex);
    if (lex >= 0.5) {
      add(reasons, "evidence:" + Math.round(lex * 100) / 100.0);
    }
    return score;
  }

  private static void add(List<String> reasons, String reason) {
    if (reasons != null) {
      reasons.add(reason);
    }
  }

  private static double sharedEntities(EventProfile a, EventProfile b, List<String> reasons) {
    double sum = 0;
    for (Map.Entry<String, Double> e : a.entityWeights.entrySet()) {
      Double other = b.entityWeights.get(e.getKey());
      if (other != null) {
        sum += Math.min(e.getValue(), other);
        add(reasons, "entities:" + e.getKey());
      }
    }
    return sum;
  }

  /** Agreement on session, ordinal, rank and agenda item: 1 all equal, 0 one differs, 0.5 none given. */
  private static double attrScore(EventProfile a, EventProfile b, List<String> reasons) {
    int compared = 0;
    for (String name : KEY_ATTRS) {
      String x = a.attr(name);
      String y = b.attr(name);
      if (x != null && y != null) {
        if (!x.equals(y)) {
          return 0;
        }
        compared++;
        add(reasons, name + ":" + x);
      }
    }
    return compared == 0 ? 0.5 : 1.0;
  }

  private static double dateScore(EventProfile a, EventProfile b, DateRange.Relation rel, List<String> reasons) {
    if (reasons != null) {
      String av = a.event.date();
      String bv = b.event.date();
      reasons.add(switch (rel) {
        case EQUAL -> "date:" + av;
        case CONTAINS -> "date:" + av + "⊇" + bv;
        case WITHIN -> "date:" + av + "⊆" + bv;
        case UNKNOWN -> "date:unknown";
        default -> "date:" + av + "≠" + bv;
      });
    }
    return switch (rel) {
      case EQUAL -> 1.0;
      case CONTAINS -> coarse(a.range.days());
      case WITHIN -> coarse(b.range.days());
      case UNKNOWN -> 0.5;
      default -> sameYear(a, b) ? 0.2 : 0.0;
    };
  }

  /** How much agreement with a coarser date is worth: a year 0.8, a few years 0.6, more 0.4. */
  private static double coarse(long coarserDays) {
    return coarserDays <= 366 ? 0.8 : coarserDays <= 1100 ? 0.6 : 0.4;
  }

  private static boolean sameYear(EventProfile a, EventProfile b) {
    return a.range.known() && b.range.known()
        && a.range.first().getYear() <= b.range.last().getYear()
        && b.range.first().getYear() <= a.range.last().getYear();
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.retainAll(b);
    return s;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }
}
