package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.eval.Fixtures.event;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Event;

class EventScorerTest {
  @Test
  void matchNeedsTypeDateAndOverlappingEvidence() {
    // gold g1 ADMISSION 1992-03-02 [0,50), g2 VISIT 2004 [60,100), g3 AWARD 2006 [110,150)
    // pred p1 matches g1; p2 has g2's type and span but date 2005; p3 overlaps g3 but is VISIT;
    //      p4 is g3's type/date but its evidence [150,160) only touches g3's.
    List<Event> gold = List.of(event("g1", "ADMISSION", "1992-03-02", 0, 50),
        event("g2", "VISIT", "2004", 60, 100), event("g3", "AWARD", "2006", 110, 150));
    List<Event> pred = List.of(event("p1", "ADMISSION", "1992-03-02", 10, 40),
        event("p2", "VISIT", "2005", 60, 100), event("p3", "VISIT", "2006", 110, 150),
        event("p4", "AWARD", "2006", 150, 160));
    EventScorer.Result r = EventScorer.score(gold, pred);
    // 1 match of 4 predicted, 3 gold: P = 1/4, R = 1/3
    assertThat(r.events()).isEqualTo(new Counts(1, 3, 2));
    assertThat(r.matching()).containsExactly(Map.entry("p1", "g1"));
  }

  @Test
  void greedyInDocumentOrderOneToOne() {
    // two gold ADDRESS 2004 events [0,30) and [20,50); one pred [25,28) overlaps both.
    // gold in document order: the first gold takes it, the second is missed.
    List<Event> gold = List.of(event("g2", "ADDRESS", "2004", 20, 50), event("g1", "ADDRESS", "2004", 0, 30));
    List<Event> pred = List.of(event("p", "ADDRESS", "2004", 25, 28));
    EventScorer.Result r = EventScorer.score(gold, pred);
    assertThat(r.matching()).containsExactly(Map.entry("p", "g1"));
    assertThat(r.events()).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void argumentCountsOverMatchedPairsOnly() {
    // matched pair: gold args {state: aze, body: un}, pred {state: aze, body: unsc, x: y}
    //   -> tp 1 (state:aze), fp 2 (body:unsc, x:y), fn 1 (body:un)
    // the unmatched pred's args are not counted.
    Event g = event("g", "ADMISSION", "1992", 0, 10,
        Map.of("state", List.of("state:aze"), "body", List.of("org:un")), Map.of());
    Event p = event("p", "ADMISSION", "1992", 0, 10,
        Map.of("state", List.of("state:aze"), "body", List.of("org:unsc"), "x", List.of("y")), Map.of());
    Event stray = event("q", "VISIT", "1992", 0, 10, Map.of("visitor", List.of("person:a")), Map.of());
    EventScorer.Result r = EventScorer.score(List.of(g), List.of(p, stray));
    assertThat(r.args()).isEqualTo(new Counts(1, 2, 1));
    // arg F1 = 2*1 / (2*1 + 2 + 1) = 0.4
    assertThat(r.args().f1()).isEqualTo(0.4);
  }

  @Test
  void attrAccuracyOverGoldAttrsOfMatchedPairs() {
    // gold attrs: numbers [822, 853], session "49", votes {for 179}, ordinal "181", topic "x"
    // pred attrs: numbers [853, 822, 822] (same set), session 49 (a number), votes {for 178},
    //             no ordinal, topic "y", agenda_item "5" (not in gold, ignored)
    // checked: numbers, session, votes, ordinal (topic is unscored) -> 2 correct of 4 = 0.5
    Event g = event("g", "RESOLUTION_ADOPTED", "1993", 0, 10, Map.of(), Map.of(
        "numbers", List.of("822", "853"), "session", "49", "votes", Map.of("for", 179),
        "ordinal", "181", "topic", "x"));
    Event p = event("p", "RESOLUTION_ADOPTED", "1993", 0, 10, Map.of(), Map.of(
        "numbers", List.of("853", "822", "822"), "session", 49, "votes", Map.of("for", 178),
        "topic", "y", "agenda_item", "5"));
    EventScorer.Result r = EventScorer.score(List.of(g), List.of(p));
    assertThat(r.attrs()).isEqualTo(new Tally(2, 4));
    assertThat(r.attrs().accuracy()).isEqualTo(0.5);
  }

  @Test
  void attrValuesCompareCanonically() {
    assertThat(AttrValues.same("179", 179)).isTrue();
    assertThat(AttrValues.same(List.of("1", "2"), List.of("2", "1"))).isTrue();
    assertThat(AttrValues.same(List.of("1", "2"), List.of("1"))).isFalse();
    assertThat(AttrValues.same(Map.of("for", 39, "against", 7), Map.of("against", "7", "for", 39))).isTrue();
    assertThat(AttrValues.same(Map.of("for", 39), Map.of("for", 39, "against", 0))).isFalse();
    assertThat(AttrValues.same("goodwill ambassador", "Goodwill ambassador")).isFalse();
  }
}
