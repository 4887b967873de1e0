package org.tarikh.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.event.EventTypes;
import org.tarikh.event.Recurrence;

/**
 * Scores whether two events of different documents state the same fact, from language-neutral
 * evidence only: type compatibility, date compatibility (granularity and intervals), shared
 * entity ids (weighted by how specific each is in its document; an entity the evidence names
 * without a role counts half, an id that is part of the other's by its slug half again), a
 * shared anchor (the person of a person-centred fact), shared numbers, equal session or ordinal,
 * and the overlap of evidence tokens (digits across languages, words within one). When each event
 * names a specific entity of one kind that the other does not (WFP here, UNHCR there), the
 * identity counts half.
 *
 * <p>A pair is not scored at all ({@code null}, or {@code NaN} from {@link #quickScore}) when:
 * the types are neither of one group nor of kin groups; nothing ties them (no entity, number or
 * anchor shared); they cite disjoint numbers; they name different anchors (both sure); kin types
 * are not on the same day and tied by no number or session; or their dates conflict and no
 * number, session or ordinal ties them, unless the type is not routine (see {@code recurs} in
 * {@code event/types.tsv}), the dates fall in the same year, the participants are the
 * same (a shared anchor, or for a fact that happens once every role both fill in agreement, which
 * also makes the identity full), no role names different things, and neither document has a
 * rival event that could be the fact instead.
 *
 * <p>Score = type factor × (0.30 date + 0.45 identity + 0.15 attrs + 0.10 evidence tokens).
 */
final class PairScorer {
  static final List<String> KEY_ATTRS = List.of("session", "ordinal", "rank", "agenda_item");
  private static final double OTHER_TYPE_FACTOR = 0.85;
  private static final double KIN_TYPE_FACTOR = 0.8;
  private static final double ENTITY_SATURATION = 1.5;
  private static final double CONTRAST_FACTOR = 0.5;

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
    boolean sameGroup = a.group.equals(b.group);
    if (!sameGroup && !types.kin(a.group).contains(b.group)) {
      return Double.NaN;
    }
    add(reasons, a.event.type().equals(b.event.type()) ? "type" : "type:" + a.event.type() + "~" + b.event.type());
    Set<String> sharedNumbers = intersect(a.numbers, b.numbers);
    if (!a.numbers.isEmpty() && !b.numbers.isEmpty() && sharedNumbers.isEmpty()) {
      return Double.NaN;
    }
    Identity id = Identity.of(a, b, reasons);
    if (id.anchorClash() || (id.weight() == 0 && sharedNumbers.isEmpty() && !id.anchorShared())) {
      return Double.NaN;
    }
    sharedNumbers.forEach(n -> add(reasons, "numbers:" + n));
    double attrs = attrScore(a, b, reasons);
    boolean tied = !sharedNumbers.isEmpty() || attrs == 1.0;
    DateRange.Relation rel = a.range.relate(b.range);
    if (!sameGroup && !tied && !(rel == DateRange.Relation.EQUAL && a.range.days() == 1)) {
      return Double.NaN;
    }
    boolean same = sameParticipants(a, b, id);
    if (rel.conflicts() && !tied && !acrossDates(a, b, id, same)) {
      return Double.NaN;
    }
    double date = dateScore(a, b, rel, reasons);
    double identity = !sharedNumbers.isEmpty() || same ? 1.0 : Math.min(1, id.weight() / ENTITY_SATURATION);
    if (id.contrast()) {
      identity *= CONTRAST_FACTOR;
    }
    double lex = Math.min(1.0, 2 * jaccard(a.tokens, b.tokens));
    double factor = !sameGroup ? KIN_TYPE_FACTOR : a.event.type().equals(b.event.type()) ? 1.0 : OTHER_TYPE_FACTOR;
    double score = factor * (0.30 * date + 0.45 * identity + 0.15 * attrs + 0.10 * lex);
    if (lex >= 0.5) {
      add(reasons, "evidence:" + Math.round(lex * 100) / 100.0);
    }
    return score;
  }

  /**
   * True when the events are about the same participants as far as their type goes: the same
   * anchor (the person appointed), or, for a fact that happens once, every role they both fill
   * in agreement (the state admitted and the body).
   */
  private boolean sameParticipants(EventProfile a, EventProfile b, Identity id) {
    return id.anchorShared() || (types.recurs(a.event.type()) == Recurrence.NEVER
        && types.recurs(b.event.type()) == Recurrence.NEVER && Identity.rolesAgree(a, b));
  }

  /**
   * True when events whose dates conflict may still state one fact: a type that is not routine,
   * the same year, the same participants, no role naming different things, and no rival on
   * either side that could be the fact instead.
   */
  private boolean acrossDates(EventProfile a, EventProfile b, Identity id, boolean same) {
    return same && types.recurs(a.event.type()) != Recurrence.OFTEN && types.recurs(b.event.type()) != Recurrence.OFTEN
        && sameYear(a, b) && a.rivals == 0 && b.rivals == 0 && !Identity.roleClash(a, b);
  }

  private static void add(List<String> reasons, String reason) {
    if (reasons != null) {
      reasons.add(reason);
    }
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
      case EQUAL -> equal(a.range, a.event.date());
      case CONTAINS -> coarse(a.range.days());
      case WITHIN -> coarse(b.range.days());
      case UNKNOWN -> 0.5;
      default -> sameYear(a, b) ? 0.2 : 0.0;
    };
  }

  /**
   * How much an equal date is worth by how precise it is: a day 1, a month or an interval given
   * by both ends 0.9, a year 0.8, a decade or century 0.6.
   */
  private static double equal(DateRange r, String value) {
    long days = r.days();
    if (days == 1) {
      return 1.0;
    }
    if (days <= 31 || value.indexOf('/') > 0) {
      return 0.9;
    }
    return days <= 366 ? 0.8 : 0.6;
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
    if (a.isEmpty() || b.isEmpty()) {
      return Set.of();
    }
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
