package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;

/** {@code tarikh reconcile} on the dev gold results, and its usage errors. */
class ReconcileCommandTest {
  private static final Path RESOLVED = Path.of("..", "corpus", "dev", "gold", "resolved");
  private static final String EN = RESOLVED.resolve("000_d2274c8ab08e79db.json").toString();
  private static final String AR = RESOLVED.resolve("003_fc7e0ff866001d66.json").toString();

  @TempDir
  Path tmp;

  @Test
  void writesTheAlignmentTheExportsAndPrintsConflictsFirst() throws IOException {
    Path out = tmp.resolve("align.json");
    Cli.Result r = Cli.run("reconcile", "--out", out.toString(), "--timeline", tmp.resolve("t.json").toString(),
        "--csv", tmp.resolve("c.csv").toString(), "--jsonld", tmp.resolve("p.jsonld").toString(), EN, AR);
    assertThat(r.code()).as(r.err()).isZero();
    Alignment a = FactsJson.readAlignment(out);
    assertThat(a.links()).hasSize(16);
    assertThat(a.conflicts()).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("date"));
    assertThat(r.out().lines().findFirst()).contains("Conflicts: 1");
    assertThat(r.out()).contains("date: 2004-08 vs 2004-09").contains("In August 2004, Mehriban Aliyeva")
        .contains("منذ سبتمبر عام ٢٠٠٤").contains("in both: 13");
    JsonNode timeline = FactsJson.mapper().readTree(tmp.resolve("t.json").toFile());
    assertThat(timeline.path("events").toString()).contains("dir=\\\"rtl\\\"").contains("dir=\\\"ltr\\\"");
    assertThat(Files.readString(tmp.resolve("c.csv"), StandardCharsets.UTF_8)).startsWith("fact,doc,lang,event");
    JsonNode ld = FactsJson.mapper().readTree(tmp.resolve("p.jsonld").toFile());
    assertThat(ld.path("@context").path("prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
  }

  @Test
  void oneInputIsAUsageError() {
    Cli.Result r = Cli.run("reconcile", "--out", tmp.resolve("a.json").toString(), EN);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("at least two");
  }

  @Test
  void anAlignmentIsNotAResult() {
    Cli.Result r = Cli.run("reconcile", "--out", tmp.resolve("a.json").toString(), EN,
        Path.of("..", "corpus", "dev", "gold", "align.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("schema is 'tarikh/1-align', expected 'tarikh/1'");
  }

  @Test
  void theSameDocumentTwiceIsAUsageError() {
    Cli.Result r = Cli.run("reconcile", "--out", tmp.resolve("a.json").toString(), EN, EN);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("given twice");
  }

  @Test
  void aThresholdOutsideZeroToOneIsAUsageError() {
    Cli.Result r = Cli.run("reconcile", "--threshold", "1.5", "--out", tmp.resolve("a.json").toString(), EN, AR);
    assertThat(r.code()).isEqualTo(2);
  }
}
