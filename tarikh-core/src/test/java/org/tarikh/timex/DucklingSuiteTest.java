package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.Timex;

/**
 * Runs Duckling's English and Arabic time examples ({@code corpus/peer/duckling/}) through the
 * {@link PhraseNormalizer} and prints the pass rate per grain. A phrase passes when its value
 * equals the expected one; a negative example passes when nothing is found (negatives count
 * with the day-or-coarser grains). Phrases where FACTS.md rules differently from Duckling are
 * listed in {@code duckling-differences.tsv} with our value, which is asserted; the rates are
 * printed with and without them. The floors are the rates reached, so that they cannot regress.
 * Set {@code -Dduckling.failures=true} to list misses.
 */
class DucklingSuiteTest {
  private static final Path DIR = Path.of("..", "corpus", "peer", "duckling");
  private static final List<String> COARSE = List.of("day", "week", "month", "quarter", "year", "negative");

  /** Pass, total and documented-difference counts of one grain. */
  private static final class Counts {
    int pass;
    int total;
    int documented;
  }

  @ParameterizedTest
  @CsvSource({"en, 0.65, 0.65, 0.74, 0.74", "ar, 0.89, 0.81, 0.95, 0.88"})
  void passRatesStayAboveFloors(String lang, double coarseFloor, double allFloor,
                                double coarseDocFloor, double allDocFloor) throws IOException {
    PhraseNormalizer normalizer = new PhraseNormalizer(LanguagePacks.standard().get(lang));
    Map<String, String> documented = differences(lang);
    Map<String, Counts> perGrain = new TreeMap<>();
    List<String> wrongDocumented = new ArrayList<>();
    boolean listFailures = Boolean.getBoolean("duckling.failures");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(DIR.resolve("duckling-time-" + lang + ".jsonl"))) {
      JsonNode row = json.readTree(line);
      String phrase = row.path("phrase").asText();
      String grain = row.path("grain").isNull() ? "negative" : row.path("grain").asText();
      String expected = row.path("expected").isNull() ? null : row.path("expected").asText();
      LocalDateTime ref = OffsetDateTime.parse(row.path("reference").asText()).toLocalDateTime();
      Timex found = normalizer.normalize(phrase, ref);
      String got = found == null ? null : found.value();
      boolean pass = expected == null ? got == null : expected.equals(got);
      Counts counts = perGrain.computeIfAbsent(grain, g -> new Counts());
      counts.pass += pass ? 1 : 0;
      counts.total++;
      if (!pass && documented.containsKey(phrase)) {
        counts.documented++;
        if (!documented.get(phrase).equals(got)) {
          wrongDocumented.add(phrase + ": documented " + documented.get(phrase) + ", got " + got);
        }
      } else if (!pass && listFailures) {
        System.out.println("MISS " + lang + " " + grain + " | " + phrase + " | want " + expected
            + " | got " + got + (found == null ? "" : " (" + found.rule() + ")"));
      }
    }
    double[] coarse = rates(perGrain, COARSE);
    double[] all = rates(perGrain, List.copyOf(perGrain.keySet()));
    print(lang, perGrain, coarse, all);
    assertThat(wrongDocumented).as("documented differences that no longer give our value").isEmpty();
    assertThat(coarse[0]).as("day or coarser (%s)", lang).isGreaterThanOrEqualTo(coarseFloor);
    assertThat(all[0]).as("all phrases (%s)", lang).isGreaterThanOrEqualTo(allFloor);
    assertThat(coarse[1]).as("day or coarser without differences (%s)", lang).isGreaterThanOrEqualTo(coarseDocFloor);
    assertThat(all[1]).as("all without differences (%s)", lang).isGreaterThanOrEqualTo(allDocFloor);
  }

  /** Phrase to our documented value, for one language. */
  private static Map<String, String> differences(String lang) throws IOException {
    String file = "duckling-differences.tsv";
    Map<String, String> out = new HashMap<>();
    try (var in = DucklingSuiteTest.class.getResourceAsStream(file)) {
      TsvTable table = TsvTable.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8),
          Set.of("lang", "phrase", "ours", "reason"));
      for (TsvTable.Row row : table.rows()) {
        if (row.require("lang").equals(lang)) {
          out.put(row.require("phrase"), row.require("ours"));
        }
      }
    }
    return out;
  }

  /** Pass rate over all phrases, and over the phrases that are not documented differences. */
  private static double[] rates(Map<String, Counts> perGrain, List<String> grains) {
    int pass = 0;
    int total = 0;
    int documented = 0;
    for (String g : grains) {
      Counts c = perGrain.get(g);
      if (c != null) {
        pass += c.pass;
        total += c.total;
        documented += c.documented;
      }
    }
    return new double[] {total == 0 ? 1 : (double) pass / total,
        total == documented ? 1 : (double) pass / (total - documented)};
  }

  private static void print(String lang, Map<String, Counts> perGrain, double[] coarse, double[] all) {
    System.out.printf("Duckling %s%n%-10s %6s %6s %7s %6s %9s%n", lang, "grain", "pass", "total", "rate",
        "doc", "rate-doc");
    perGrain.forEach((g, c) -> System.out.printf("%-10s %6d %6d %6.1f%% %6d %8.1f%%%n", g, c.pass, c.total,
        100.0 * c.pass / c.total, c.documented, 100.0 * c.pass / Math.max(1, c.total - c.documented)));
    System.out.printf("day-or-coarser (with negatives) %.1f%% (%.1f%% without documented differences), "
        + "all %.1f%% (%.1f%%)%n", 100 * coarse[0], 100 * coarse[1], 100 * all[0], 100 * all[1]);
  }
}
