package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.eval.SetScores;
import org.tarikh.io.FactsJson;

/** {@code tarikh score} on the bundled dev corpus. */
class ScoreCommandTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");
  private static final Path GOLD = DEV.resolve("gold");

  @TempDir
  Path tmp;

  @Test
  void goldAgainstItselfIsOneEverywhere() {
    Cli.Result r = Cli.run("score", "--corpus", DEV.toString(), "--gold", GOLD.toString(), "--pred", GOLD.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    // every metric for ar, en and all
    assertThat(lines).hasSize(3 * SetScores.METRICS.size());
    assertThat(lines).allMatch(l -> l.matches("(ar|en|all) [a-z0-9_]+ 1\\.0000"), "all 1.0000");
    assertThat(lines.get(0)).isEqualTo("ar timex_relaxed_p 1.0000");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("all conflict_f1 1.0000");
  }

  @Test
  void resolvedGoldMatchesGoldGivenAsTextAndOccurrence() {
    // gold/resolved has every offset filled in; it must score 1 against the text+occurrence gold
    Cli.Result r = Cli.run("score", "--corpus", DEV.toString(), "--gold", GOLD.toString(),
        "--pred", GOLD.resolve("resolved").toString());
    assertThat(r.out().lines().filter(l -> !l.contains(" link_") && !l.contains(" conflict_")))
        .isNotEmpty().allMatch(l -> l.endsWith(" 1.0000"));
  }

  @Test
  void emptyPredictionHasZeroRecallAndSaysWhatIsMissing() throws IOException {
    Path pred = Files.createDirectories(tmp.resolve("pred"));
    Cli.Result r = Cli.run("score", "--corpus", DEV.toString(), "--gold", GOLD.toString(), "--pred", pred.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains("_r ") || l.contains("_f1 ")))
        .isNotEmpty().allMatch(l -> l.endsWith(" 0.0000"));
    assertThat(r.err()).contains("no prediction").contains("000_d2274c8ab08e79db");
  }

  @Test
  void jsonOutputIsOneObjectPerSet() throws IOException {
    Cli.Result r = Cli.run("score", "--json", "--corpus", DEV.toString(), "--gold", GOLD.toString(),
        "--pred", GOLD.toString());
    JsonNode root = FactsJson.mapper().readTree(r.out());
    assertThat(root.fieldNames()).toIterable().containsExactly("ar", "en", "all");
    assertThat(root.path("all").path("timex_value_f1").decimalValue()).isEqualByComparingTo("1");
    assertThat(root.path("en").size()).isEqualTo(SetScores.METRICS.size());
  }

  @Test
  void brokenGoldFileIsNamedWithoutStackTraceUnlessDebug() throws IOException {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Files.writeString(gold.resolve("x.json"), "{\"schema\": \"tarikh/1\", ", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("score", "--gold", gold.toString(), "--pred", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("x.json: is not valid JSON").contains("--debug").doesNotContain("\tat ");
    Cli.Result debug = Cli.run("score", "--debug", "--gold", gold.toString(), "--pred", gold.toString());
    assertThat(debug.code()).isEqualTo(1);
    assertThat(debug.err()).contains("x.json: is not valid JSON").contains("\tat ");
  }

  @Test
  void goldWithTextSpansNeedsTheCorpus() throws IOException {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Files.copy(GOLD.resolve("000_d2274c8ab08e79db.json"), gold.resolve("000_d2274c8ab08e79db.json"));
    Cli.Result r = Cli.run("score", "--gold", gold.toString(), "--pred", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("000_d2274c8ab08e79db.json").contains("give --corpus");
  }

  @Test
  void missingFolderIsAUsageError() {
    Cli.Result r = Cli.run("score", "--gold", tmp.resolve("none").toString(), "--pred", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--gold").contains("is not a folder");
  }
}
