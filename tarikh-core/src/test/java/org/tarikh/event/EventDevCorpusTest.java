package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;

/**
 * The event stage on the bundled dev corpus, with the gold timexes and entities as its input
 * layers (its upper bound while it does not depend on the other stages' errors).
 */
class EventDevCorpusTest {
  static final Path DEV = Path.of("..", "corpus", "dev");

  static EventScore score(String id, String lang) throws Exception {
    String text = Files.readString(DEV.resolve(id + ".txt"));
    DocumentResult gold = FactsJson.readResult(DEV.resolve("gold/resolved/" + id + ".json"), text);
    Pipeline p = Pipeline.builder()
        .add(new FixtureLayers(gold.timexes(), gold.entities()))
        .add(new EventStage())
        .build();
    DocumentResult out = p.run(Document.of(id, lang, text));
    EventScore s = new EventScore();
    s.add(out.events(), gold.events());
    return s;
  }

  @ParameterizedTest
  @CsvSource({"000_d2274c8ab08e79db, en, 0.95, 0.80, 0.85", "003_fc7e0ff866001d66, ar, 0.95, 0.85, 0.80"})
  void reachesTheTargetsWithGoldLayers(String id, String lang, double f1, double argF1, double attr)
      throws Exception {
    EventScore s = score(id, lang);
    System.out.println(lang + " (fixture layers): " + s);
    s.log.forEach(l -> System.out.println("  " + l));
    assertThat(s.precision()).isGreaterThanOrEqualTo(s.recall() - 0.05);
    assertThat(s.f1()).isGreaterThanOrEqualTo(f1);
    assertThat(s.argF1()).isGreaterThanOrEqualTo(argF1);
    assertThat(s.attrAccuracy()).isGreaterThanOrEqualTo(attr);
  }

  static List<String> ids() {
    return List.of();
  }
}
