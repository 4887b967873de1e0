package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.io.FactsJson;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Timex;

/** The scorer on the real dev gold, with predictions derived from it by known edits. */
class DevGoldScoringTest {
  private static final Path RESOLVED = Path.of("..", "corpus", "dev", "gold", "resolved");

  private static DocumentResult gold(String id) throws IOException {
    return FactsJson.readResult(RESOLVED.resolve(id + ".json"), null);
  }

  @Test
  void knownEditsGiveKnownCounts() throws IOException {
    DocumentResult en = gold("000_d2274c8ab08e79db");
    DocumentResult ar = gold("003_fc7e0ff866001d66");
    int n = en.timexes().size();
    // en prediction: drop the first timex, change the value of the second, drop the last event
    List<Timex> timexes = new ArrayList<>(en.timexes().subList(1, n));
    Timex t = timexes.get(0);
    timexes.set(0, new Timex(t.text(), t.start(), t.end(), t.type(), t.value() + "-01"));
    DocumentResult pred = new DocumentResult(en.doc(), timexes, en.entities(),
        en.events().subList(0, en.events().size() - 1), List.of(), null);
    ScoreReport r = Scorer.score(List.of(new ScoredDocument(en, pred), new ScoredDocument(ar, ar)));

    // en relaxed: n-1 pairs of n-1 predicted and n gold; value: n-2 pairs keep their value
    assertThat(r.get("en").timex().relaxed()).isEqualTo(new Counts(n - 1, 0, 1));
    assertThat(r.get("en").timex().value()).isEqualTo(new Counts(n - 2, 1, 2));
    assertThat(r.get("en").events()).isEqualTo(new Counts(en.events().size() - 1, 0, 1));
    // ar is untouched and every gold event keeps its args and attrs
    assertThat(r.get("ar").timex().strict()).isEqualTo(new Counts(ar.timexes().size(), 0, 0));
    assertThat(r.get("ar").attrs().accuracy()).isEqualTo(1.0);
    // all = sums
    int m = ar.timexes().size();
    assertThat(r.get("all").timex().value()).isEqualTo(new Counts(n - 2 + m, 1, 2));
  }
}
