package org.tarikh.eval;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Link;

/**
 * Scores links and conflicts (FACTS.md "Scoring", Alignment). Each end of a predicted link is
 * mapped to the gold event its predicted event matched ({@link EventScorer}); a link whose ends
 * both map counts as the unordered pair of gold events, a link with an unmatched end can only be
 * a false positive. Precision and recall are over distinct unordered pairs. A predicted conflict
 * counts when its mapped pair and its {@code field} equal those of a gold conflict (values are
 * not compared). Only links with at least one end in a document the {@code inSet} test accepts
 * are scored, so a cross-language link counts in both languages' sets and once overall.
 */
public final class AlignmentScorer {
  private AlignmentScorer() {
  }

  /** Link and conflict counts. */
  public record Result(Counts links, Counts conflicts) {
  }

  /** Two events, without order. */
  record Pair(EventRef first, EventRef second) {
    static Pair of(EventRef a, EventRef b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }

    static Pair parse(String a, String b) {
      return of(EventRef.parse(a), EventRef.parse(b));
    }

    boolean touches(Predicate<String> inSet) {
      return inSet.test(first.doc()) || inSet.test(second.doc());
    }
  }

  /** What a conflict is scored on: its pair and field. */
  record FieldPair(Pair pair, String field) {
  }

  /** Distinct predicted items: those mapped onto gold events, and the number of others. */
  private static final class Predicted<T> {
    final Set<T> mapped = new HashSet<>();
    final Set<Object> unmapped = new HashSet<>();

    Counts against(Set<T> gold) {
      long tp = mapped.stream().filter(gold::contains).count();
      return Counts.of(tp, mapped.size() + unmapped.size(), gold.size());
    }
  }

  /**
   * @param matching per document id, predicted event id to the gold event id it matched
   * @param inSet which document ids belong to the set being scored
   */
  public static Result score(Alignment gold, Alignment pred, Map<String, Map<String, String>> matching,
                             Predicate<String> inSet) {
    Set<Pair> goldLinks = new HashSet<>();
    gold.links().stream().map(l -> Pair.parse(l.a(), l.b())).filter(p -> p.touches(inSet))
        .forEach(goldLinks::add);
    Set<FieldPair> goldConflicts = new HashSet<>();
    for (Conflict c : gold.conflicts()) {
      Pair p = Pair.parse(c.a(), c.b());
      if (p.touches(inSet)) {
        goldConflicts.add(new FieldPair(p, c.field()));
      }
    }
    Predicted<Pair> links = new Predicted<>();
    for (Link l : pred.links()) {
      Pair original = Pair.parse(l.a(), l.b());
      if (original.touches(inSet)) {
        map(original, matching).ifPresentOrElse(links.mapped::add, () -> links.unmapped.add(original));
      }
    }
    Predicted<FieldPair> conflicts = new Predicted<>();
    for (Conflict c : pred.conflicts()) {
      Pair original = Pair.parse(c.a(), c.b());
      if (original.touches(inSet)) {
        map(original, matching).ifPresentOrElse(p -> conflicts.mapped.add(new FieldPair(p, c.field())),
            () -> conflicts.unmapped.add(new FieldPair(original, c.field())));
      }
    }
    return new Result(links.against(goldLinks), conflicts.against(goldConflicts));
  }

  /** The pair of gold events both ends matched, if both did. */
  private static Optional<Pair> map(Pair pred, Map<String, Map<String, String>> matching) {
    Optional<EventRef> a = map(pred.first(), matching);
    Optional<EventRef> b = map(pred.second(), matching);
    return a.isPresent() && b.isPresent() ? Optional.of(Pair.of(a.get(), b.get())) : Optional.empty();
  }

  private static Optional<EventRef> map(EventRef pred, Map<String, Map<String, String>> matching) {
    return Optional.ofNullable(matching.getOrDefault(pred.doc(), Map.of()).get(pred.event()))
        .map(goldId -> new EventRef(pred.doc(), goldId));
  }
}
