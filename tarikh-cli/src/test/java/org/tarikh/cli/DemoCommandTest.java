package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.io.FactsJson;

/** {@code tarikh demo}: extracts the bundled samples, reconciles them and writes the chronicle. */
class DemoCommandTest {
  @TempDir
  Path tmp;

  @AfterEach
  void clearHome() {
    System.clearProperty(DemoCommand.HOME_PROPERTY);
  }

  @Test
  void writesResultsAlignmentAndChronicleAndSummarises() throws IOException {
    System.setProperty(DemoCommand.HOME_PROPERTY, Path.of("..").toAbsolutePath().toString());
    Path out = tmp.resolve("demo");
    Cli.Result r = Cli.run("demo", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (String id : new String[] {"000_d2274c8ab08e79db", "003_fc7e0ff866001d66"}) {
      assertThat(FactsJson.readResult(out.resolve("results/" + id + ".json"), null).doc().id()).isEqualTo(id);
    }
    assertThat(FactsJson.readAlignment(out.resolve("align.json")).docs()).hasSize(2);
    assertThat(ReportCommandTest.page(out).select(".tl-head .cell").eachAttr("lang")).containsExactly("en", "ar");
    assertThat(r.out()).contains("Chronicle: " + out.resolve("index.html"), "Documents: 2", "Links: ",
        "Findings: ");
    assertThat(r.out().indexOf("Conflicts:")).isLessThan(r.out().indexOf("Documents:"));
  }

  @Test
  void withoutTheSamplesItSaysWhereItLooked() {
    System.setProperty(DemoCommand.HOME_PROPERTY, tmp.toString());
    Cli.Result r = Cli.run("demo", "--out", tmp.resolve("demo").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(tmp.resolve("corpus").resolve("dev").toString(), "has no sample documents");
  }
}
