package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;

/**
 * Robustness to what an extractor gets wrong: the gold dev events with coarser dates (day
 * dropped on every second event) and a role missing (on every third event) still align, and no
 * conflict appears that the gold does not have.
 */
class NoisyGoldAlignmentTest {
  private static final Path DEV = Path.of("..", "corpus", "dev", "gold");

  static DocumentResult noisy(DocumentResult r) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < r.events().size(); i++) {
      Event e = r.events().get(i);
      String date = i % 2 == 0 && e.date().matches("\\d{4}-\\d{2}-\\d{2}") ? e.date().substring(0, 7) : e.date();
      Map<String, List<String>> args = new LinkedHashMap<>(e.args());
      if (i % 3 == 0 && args.size() > 1) {
        args.remove(args.keySet().stream().sorted().reduce((a, b) -> b).orElseThrow());
      }
      events.add(new Event(e.id(), e.type(), date, e.evidence(), args, e.attrs(), null, null));
    }
    return new DocumentResult(r.doc(), r.timexes(), r.entities(), events, r.findings(), r.text());
  }

  @Test
  void coarserDatesAndMissingRolesStillAlign() throws IOException {
    List<DocumentResult> docs = List.of(
        noisy(FactsJson.readResult(DEV.resolve("resolved/000_d2274c8ab08e79db.json"), null)),
        noisy(FactsJson.readResult(DEV.resolve("resolved/003_fc7e0ff866001d66.json"), null)));
    Alignment gold = FactsJson.readAlignment(DEV.resolve("align.json"));
    Alignment predicted = Reconciler.standard().reconcile(docs);
    Set<String> p = GoldAlignmentTest.pairs(predicted.links());
    Set<String> g = GoldAlignmentTest.pairs(gold.links());
    assertThat(GoldAlignmentTest.f1(p, g)).as("extra %s missing %s", GoldAlignmentTest.minus(p, g),
        GoldAlignmentTest.minus(g, p)).isGreaterThanOrEqualTo(0.85);
    assertThat(GoldAlignmentTest.conflicts(gold.conflicts()))
        .containsAll(GoldAlignmentTest.conflicts(predicted.conflicts()));
  }
}
