package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Link;

class AlignmentScorerTest {
  private static Link link(String a, String b) {
    return new Link(a, b, 1.0, List.of());
  }

  // predicted event ids in doc A (en) and B (ar) mapped to gold ids by the event matching
  private static final Map<String, Map<String, String>> MATCHING = Map.of(
      "A", Map.of("p1", "e1", "p2", "e2"),
      "B", Map.of("q1", "e5", "q2", "e6"));

  private static final Alignment GOLD = new Alignment(List.of("A", "B"),
      List.of(link("A#e1", "B#e5"), link("A#e2", "B#e6"), link("A#e3", "B#e7")),
      List.of(new Conflict("A#e2", "B#e6", "date", "2004-08", "2004-09")));

  @Test
  void linksAreMappedThroughTheEventMatchingAndCompareUnordered() {
    // pred links: B#q1-A#p1 (reversed order of gold A#e1-B#e5: correct),
    //             A#p1-B#q1 again (duplicate pair, counted once),
    //             A#p2-B#q1 (maps to e2-e5, not gold),
    //             A#p9-B#q2 (p9 unmatched: false positive)
    // -> 3 distinct predicted pairs, tp 1; gold 3: P = 1/3, R = 1/3
    Alignment pred = new Alignment(List.of("A", "B"), List.of(link("B#q1", "A#p1"), link("A#p1", "B#q1"),
        link("A#p2", "B#q1"), link("A#p9", "B#q2")), List.of());
    AlignmentScorer.Result r = AlignmentScorer.score(GOLD, pred, MATCHING, id -> true);
    assertThat(r.links()).isEqualTo(new Counts(1, 2, 2));
  }

  @Test
  void conflictNeedsMappedPairAndField() {
    // pred conflicts: B#q2-A#p2 on date (gold pair e2-e6, date: correct; values differ, not compared),
    //                 A#p2-B#q2 on args.body (wrong field) -> P = 1/2, R = 1/1
    Alignment pred = new Alignment(List.of("A", "B"), List.of(), List.of(
        new Conflict("B#q2", "A#p2", "date", "x", "y"),
        new Conflict("A#p2", "B#q2", "body", "org:un", "org:unsc")));
    AlignmentScorer.Result r = AlignmentScorer.score(GOLD, pred, MATCHING, id -> true);
    assertThat(r.conflicts()).isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void aSetCountsLinksWithAnEndInIt() {
    Alignment pred = new Alignment(List.of("A", "B"), List.of(link("A#p1", "B#q1")), List.of());
    // every gold link has an end in A: the set {A} sees all three
    assertThat(AlignmentScorer.score(GOLD, pred, MATCHING, "A"::equals).links()).isEqualTo(new Counts(1, 0, 2));
    // a set with neither document sees nothing
    assertThat(AlignmentScorer.score(GOLD, pred, MATCHING, "C"::equals).links()).isEqualTo(Counts.ZERO);
  }
}
