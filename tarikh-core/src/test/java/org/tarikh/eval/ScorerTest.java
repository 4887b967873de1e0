package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.eval.Fixtures.doc;
import static org.tarikh.eval.Fixtures.entity;
import static org.tarikh.eval.Fixtures.event;
import static org.tarikh.eval.Fixtures.timex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Link;

class ScorerTest {
  private static final DocumentResult EN_GOLD = doc("A", "en",
      List.of(timex(0, 4, "1992"), timex(10, 20, "1992-03-02")),
      List.of(entity("state:aze"), entity("org:un")),
      List.of(event("e1", "ADMISSION", "1992-03-02", 0, 30)));
  private static final DocumentResult AR_GOLD = doc("B", "ar",
      List.of(timex(5, 9, "1992")),
      List.of(entity("state:aze")),
      List.of(event("e5", "ADMISSION", "1992-03-02", 0, 40)));
  private static final Alignment GOLD_ALIGN = new Alignment(List.of("A", "B"),
      List.of(new Link("A#e1", "B#e5", 1.0, List.of())), List.of());

  @Test
  void microAveragesPerLanguageAndOverall() {
    // en pred: timex [0,4) 1992 correct, [10,20) value 1992-03 (relaxed+strict ok, value wrong);
    //          entities aze, arm (1 tp, 1 fp, 1 fn); event p1 matches e1.
    // ar pred: no timex, entity aze; event q1 matches e5; link A#p1-B#q1 = gold link.
    DocumentResult enPred = doc("A", "en", List.of(timex(0, 4, "1992"), timex(10, 20, "1992-03")),
        List.of(entity("state:aze"), entity("state:arm")),
        List.of(event("p1", "ADMISSION", "1992-03-02", 5, 25)));
    DocumentResult arPred = doc("B", "ar", List.of(), List.of(entity("state:aze")),
        List.of(event("q1", "ADMISSION", "1992-03-02", 0, 40)));
    Alignment predAlign = new Alignment(List.of("A", "B"),
        List.of(new Link("A#p1", "B#q1", 0.9, List.of())), List.of());
    ScoreReport r = Scorer.score(List.of(new ScoredDocument(EN_GOLD, enPred),
        new ScoredDocument(AR_GOLD, arPred)), GOLD_ALIGN, predAlign);

    assertThat(r.sets()).containsOnlyKeys("ar", "en", "all");
    assertThat(List.copyOf(r.sets().keySet())).containsExactly("ar", "en", "all");
    // en value: tp 1, fp 1, fn 1 -> F1 0.5; ar value: tp 0, fp 0, fn 1 -> 0
    assertThat(r.get("en").figures().get("timex_value_f1")).isEqualTo(0.5);
    assertThat(r.get("ar").figures().get("timex_value_f1")).isZero();
    // all value: tp 1, fp 1, fn 2 -> 2/(2+1+2) = 0.4 (micro, not the mean 0.25 of the two)
    assertThat(r.get("all").figures().get("timex_value_f1")).isEqualTo(0.4);
    // all relaxed: tp 2, fp 0, fn 1 -> P 1, R 2/3
    assertThat(r.get("all").figures().get("timex_relaxed_p")).isEqualTo(1.0);
    assertThat(r.get("all").figures().get("timex_relaxed_r")).isEqualTo(2.0 / 3);
    // all entities: tp 2 (aze twice), fp 1, fn 1 -> P = R = F1 = 2/3
    assertThat(r.get("all").figures().get("entity_f1")).isEqualTo(2.0 / 3);
    // events and links all correct; the one link counts in en, ar and all
    for (String set : List.of("en", "ar", "all")) {
      assertThat(r.get(set).figures().get("event_f1")).isEqualTo(1.0);
      assertThat(r.get(set).figures().get("link_f1")).isEqualTo(1.0);
      // no gold conflicts and no predicted ones: 0 by convention
      assertThat(r.get(set).figures().get("conflict_f1")).isZero();
    }
    assertThat(r.lines()).contains("all timex_value_f1 0.4000", "all entity_f1 0.6667", "en arg_f1 0.0000");
  }

  @Test
  void goldAgainstItselfIsPerfectAndEmptyPredictionHasZeroRecall() {
    ScoreReport self = Scorer.score(List.of(new ScoredDocument(EN_GOLD, EN_GOLD),
        new ScoredDocument(AR_GOLD, AR_GOLD)), GOLD_ALIGN, GOLD_ALIGN);
    assertThat(self.get("all").figures())
        .containsEntry("timex_strict_f1", 1.0).containsEntry("entity_f1", 1.0)
        .containsEntry("event_f1", 1.0).containsEntry("link_f1", 1.0);
    ScoreReport empty = Scorer.score(List.of(ScoredDocument.unpredicted(EN_GOLD),
        ScoredDocument.unpredicted(AR_GOLD)), GOLD_ALIGN, new Alignment(List.of(), List.of(), List.of()));
    empty.get("all").figures().forEach((metric, v) -> assertThat(v).as(metric).isZero());
  }
}
