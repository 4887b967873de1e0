package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.eval.TimexScorer;
import org.tarikh.io.FactsJson;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.Timex;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

/**
 * The real timex stage on the dev documents, scored against their gold with the shared
 * {@link TimexScorer} (FACTS.md "Scoring"). Floors sit at the figures reached.
 */
class TimexDevCorpusTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");

  @ParameterizedTest
  @CsvSource({"000_d2274c8ab08e79db, en, 1.0, 1.0", "003_fc7e0ff866001d66, ar, 1.0, 1.0"})
  void devDocumentMatchesGold(String id, String lang, double valueFloor, double strictFloor)
      throws IOException {
    String text = Files.readString(DEV.resolve(id + ".txt"), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Pipeline timexOnly = Pipeline.builder().packs(LanguagePacks.standard()).add(new TimexStage()).build();
    List<Timex> pred = timexOnly.analyze(Document.of(id, lang, text)).get(Layers.TIMEXES);
    List<Timex> gold = FactsJson.readResult(DEV.resolve("gold/resolved/" + id + ".json"), text).timexes();
    TimexScorer.Result r = TimexScorer.score(gold, pred);
    System.out.printf("timex dev %s: relaxed F1 %.3f, strict F1 %.3f, value F1 %.3f%n", lang,
        r.relaxed().f1(), r.strict().f1(), r.value().f1());
    assertThat(r.value().f1()).as("value F1 (%s)", lang).isGreaterThanOrEqualTo(valueFloor);
    assertThat(r.strict().f1()).as("strict F1 (%s)", lang).isGreaterThanOrEqualTo(strictFloor);
  }
}
