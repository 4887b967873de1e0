package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.eval.EventScorer;
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

  static DocumentResult gold(String id) throws Exception {
    String text = Files.readString(DEV.resolve(id + ".txt"));
    return FactsJson.readResult(DEV.resolve("gold/resolved/" + id + ".json"), text);
  }

  static EventScore score(String id, String lang, Pipeline p) throws Exception {
    String text = Files.readString(DEV.resolve(id + ".txt"));
    DocumentResult gold = gold(id);
    DocumentResult out = p.run(Document.of(id, lang, text));
    EventScore s = new EventScore();
    s.add(out.events(), gold.events());
    EventScorer.Result shared = EventScorer.score(gold.events(), out.events());
    assertThat(shared.events().f1()).as("shared scorer agrees").isCloseTo(s.f1(), within(1e-9));
    return s;
  }

  static EventScore score(String id, String lang) throws Exception {
    DocumentResult gold = gold(id);
    return score(id, lang, Pipeline.builder()
        .add(new FixtureLayers(gold.timexes(), gold.entities()))
        .add(new EventStage())
        .build());
  }

  /** The standard pipeline (real timexes and entities): the figures a user gets. */
  @ParameterizedTest
  @CsvSource({"000_d2274c8ab08e79db, en, 0.95, 0.90, 0.95", "003_fc7e0ff866001d66, ar, 0.95, 0.85, 0.95"})
  void reachesTheTargetsWithTheStandardPipeline(String id, String lang, double f1, double argF1, double attr)
      throws Exception {
    EventScore s = score(id, lang, org.tarikh.Tarikh.standardPipeline());
    System.out.println(lang + " (standard pipeline): " + s);
    s.log.forEach(l -> System.out.println("  " + l));
    assertThat(s.precision()).isGreaterThanOrEqualTo(s.recall());
    assertThat(s.f1()).isGreaterThanOrEqualTo(f1);
    assertThat(s.argF1()).isGreaterThanOrEqualTo(argF1);
    assertThat(s.attrAccuracy()).isGreaterThanOrEqualTo(attr);
  }

  /** Gold timexes, the real entity stage: what the event stage reaches with found entities. */
  @ParameterizedTest
  @CsvSource({"000_d2274c8ab08e79db, en, 0.95, 0.85", "003_fc7e0ff866001d66, ar, 0.95, 0.80"})
  void reachesTheTargetsWithRealEntities(String id, String lang, double f1, double argF1) throws Exception {
    DocumentResult gold = gold(id);
    EventScore s = score(id, lang, Pipeline.builder()
        .add(new FixtureLayers(gold.timexes(), null))
        .add(new org.tarikh.entity.EntityStage())
        .add(new EventStage())
        .build());
    System.out.println(lang + " (gold timexes, real entities): " + s);
    s.log.forEach(l -> System.out.println("  " + l));
    assertThat(s.precision()).isGreaterThanOrEqualTo(s.recall() - 0.05);
    assertThat(s.f1()).isGreaterThanOrEqualTo(f1);
    assertThat(s.argF1()).isGreaterThanOrEqualTo(argF1);
  }

  @ParameterizedTest
  @CsvSource({"000_d2274c8ab08e79db, en, 0.95, 0.85, 0.95", "003_fc7e0ff866001d66, ar, 0.95, 0.85, 0.95"})
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
}
