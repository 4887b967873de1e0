package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

/**
 * Entity P/R/F1 on the bundled dev corpus (per document, the set of ids; FACTS.md scoring),
 * asserted at the level reached, so that a regression fails the build.
 */
class DevCorpusEntityTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");
  private static final Pipeline PIPELINE =
      Pipeline.builder().packs(LanguagePacks.standard()).add(new EntityStage()).build();

  @ParameterizedTest(name = "{0} ({1}): P>={2} R>={3}")
  @CsvSource({"000_d2274c8ab08e79db, en, 1.0, 0.97", "003_fc7e0ff866001d66, ar, 1.0, 1.0"})
  void entityIdsMatchTheGold(String doc, String lang, double minP, double minR) throws IOException {
    String text = Files.readString(DEV.resolve(doc + ".txt"), StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Set<String> found = PIPELINE.analyze(Document.of(doc, lang, text)).get(Layers.ENTITIES).stream()
        .map(Entity::id).collect(Collectors.toSet());
    Set<String> gold = new HashSet<>();
    JsonNode root = new ObjectMapper().readTree(DEV.resolve("gold").resolve(doc + ".json").toFile());
    root.get("entities").forEach(e -> gold.add(e.get("id").asText()));
    Set<String> hit = new HashSet<>(found);
    hit.retainAll(gold);
    double p = hit.size() / (double) found.size();
    double r = hit.size() / (double) gold.size();
    System.out.printf("%s %s entities P=%.3f R=%.3f F1=%.3f%n", doc, lang, p, r, 2 * p * r / (p + r));
    assertThat(p).isGreaterThanOrEqualTo(minP);
    assertThat(r).isGreaterThanOrEqualTo(minR);
  }
}
