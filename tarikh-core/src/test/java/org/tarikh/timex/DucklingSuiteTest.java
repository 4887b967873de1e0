package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Timex;

/**
 * Runs Duckling's English and Arabic time examples ({@code corpus/peer/duckling/}) through the
 * {@link PhraseNormalizer} and prints the pass rate per grain. A phrase passes when its value
 * equals the expected one; a negative example passes when nothing is found (negatives count
 * with the day-or-coarser grains). The floors are the
 * rates reached, so that they cannot regress. Set {@code -Dduckling.failures=true} to list misses.
 */
class DucklingSuiteTest {
  private static final Path DIR = Path.of("..", "corpus", "peer", "duckling");
  private static final List<String> COARSE = List.of("day", "week", "month", "quarter", "year", "negative");

  @ParameterizedTest
  @CsvSource({"en, 0.63, 0.62", "ar, 0.82, 0.70"})
  void passRatesStayAboveFloors(String lang, double coarseFloor, double allFloor) throws IOException {
    PhraseNormalizer normalizer = new PhraseNormalizer(LanguagePacks.standard().get(lang));
    Map<String, int[]> perGrain = new TreeMap<>();
    boolean listFailures = Boolean.getBoolean("duckling.failures");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(DIR.resolve("duckling-time-" + lang + ".jsonl"))) {
      JsonNode row = json.readTree(line);
      String grain = row.path("grain").isNull() ? "negative" : row.path("grain").asText();
      String expected = row.path("expected").isNull() ? null : row.path("expected").asText();
      LocalDateTime ref = OffsetDateTime.parse(row.path("reference").asText()).toLocalDateTime();
      Timex found = normalizer.normalize(row.path("phrase").asText(), ref);
      String got = found == null ? null : found.value();
      boolean pass = expected == null ? got == null : expected.equals(got);
      int[] counts = perGrain.computeIfAbsent(grain, g -> new int[2]);
      counts[0] += pass ? 1 : 0;
      counts[1]++;
      if (!pass && listFailures) {
        System.out.println("MISS " + lang + " " + grain + " | " + row.path("phrase").asText()
            + " | want " + expected + " | got " + got + (found == null ? "" : " (" + found.rule() + ")"));
      }
    }
    double coarse = rate(perGrain, COARSE);
    double all = rate(perGrain, List.copyOf(perGrain.keySet()));
    print(lang, perGrain, coarse, all);
    assertThat(coarse).as("day or coarser (%s)", lang).isGreaterThanOrEqualTo(coarseFloor);
    assertThat(all).as("all phrases (%s)", lang).isGreaterThanOrEqualTo(allFloor);
  }

  private static double rate(Map<String, int[]> perGrain, List<String> grains) {
    int pass = 0;
    int total = 0;
    for (String g : grains) {
      int[] c = perGrain.get(g);
      if (c != null) {
        pass += c[0];
        total += c[1];
      }
    }
    return total == 0 ? 1 : (double) pass / total;
  }

  private static void print(String lang, Map<String, int[]> perGrain, double coarse, double all) {
    System.out.printf("Duckling %s%n%-10s %6s %6s %7s%n", lang, "grain", "pass", "total", "rate");
    perGrain.forEach((g, c) -> System.out.printf("%-10s %6d %6d %6.1f%%%n", g, c[0], c[1], 100.0 * c[0] / c[1]));
    System.out.printf("day-or-coarser (with negatives) %.1f%%, all %.1f%%%n", 100 * coarse, 100 * all);
  }
}
