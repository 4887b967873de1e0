package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.Tarikh;
import org.tarikh.eval.Counts;
import org.tarikh.eval.ScoredDocument;
import org.tarikh.eval.Scorer;
import org.tarikh.eval.SetScores;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;

/**
 * Reconciliation of what the standard pipeline extracts from the dev pair (every stage real,
 * with its misses), scored against the gold alignment with the shared scorer: links reach the
 * target and every conflict flagged is a gold conflict.
 */
class PredictedDevAlignmentTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");

  @Test
  void linksReachTheTargetAndConflictsStayExact() throws Exception {
    Pipeline pipeline = Tarikh.standardPipeline();
    List<ScoredDocument> scored = new ArrayList<>();
    List<DocumentResult> predicted = new ArrayList<>();
    for (String[] doc : new String[][] {{"000_d2274c8ab08e79db", "en"}, {"003_fc7e0ff866001d66", "ar"}}) {
      String text = Files.readString(DEV.resolve(doc[0] + ".txt"));
      DocumentResult pred = pipeline.run(Document.of(doc[0], doc[1], text));
      predicted.add(pred);
      scored.add(new ScoredDocument(FactsJson.readResult(DEV.resolve("gold/resolved/" + doc[0] + ".json"), text), pred));
    }
    Alignment gold = FactsJson.readAlignment(DEV.resolve("gold/align.json"));
    Alignment alignment = Reconciler.standard().reconcile(predicted);
    SetScores all = Scorer.score(scored, gold, alignment).get("all");
    Counts links = all.alignment().links();
    Counts conflicts = all.alignment().conflicts();
    assertThat(links.precision()).as("link precision, %s", alignment.links()).isGreaterThanOrEqualTo(0.95);
    assertThat(links.f1()).as("link F1").isGreaterThanOrEqualTo(0.95);
    assertThat(conflicts.fp()).as("false conflicts, %s", alignment.conflicts()).isZero();
  }
}
