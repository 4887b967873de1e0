package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tarikh report} on results with their alignment, on documents, and its errors. */
class ReportCommandTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");
  private static final Path GOLD = DEV.resolve("gold");

  @TempDir
  Path tmp;

  @Test
  void resultsWithTheirCorpusAndAlignmentMakeTheBilingualChronicle() throws IOException {
    Cli.Result r = Cli.run("report", "--out", tmp.toString(), "--corpus", DEV.toString(),
        GOLD.resolve("000_d2274c8ab08e79db.json").toString(), GOLD.resolve("003_fc7e0ff866001d66.json").toString(),
        "--align", GOLD.resolve("align.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Conflicts: 1", "date: 2004-08 (000_d2274c8ab08e79db#e20) vs 2004-09",
        "Facts per language: ar 46 en 41", "Links: 16");
    Document page = page(tmp);
    assertThat(page.select(".tl-head .cell").eachAttr("dir")).containsExactly("ltr", "rtl");
    assertThat(page.select(".timeline .fact")).hasSize(87);
    assertThat(page.select("#conflicts .conflict-card")).hasSize(1);
  }

  @Test
  void aFolderOfResultsIsReadWithItsAlignment() throws IOException {
    Cli.Result r = Cli.run("report", "--out", tmp.toString(), "--corpus", DEV.toString(),
        GOLD.resolve("resolved").toString(), GOLD.resolve("align.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(page(tmp).select(".row.linked")).isNotEmpty();
  }

  @Test
  void aResultWithoutItsTextIsAClearError() {
    Cli.Result r = Cli.run("report", "--out", tmp.toString(), GOLD.resolve("000_d2274c8ab08e79db.json").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot find the text of document '000_d2274c8ab08e79db'", "--corpus");
  }

  @Test
  void aDocumentIsExtractedAndItsMarkupShownAsText() throws IOException {
    Path doc = tmp.resolve("note.txt");
    Files.writeString(doc, "In 1992 <script>alert(1)</script> Azerbaijan joined the United Nations.",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("report", "--out", out.toString(), doc.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Document page = page(out);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst(".doc-text").wholeText()).contains("<script>alert(1)</script>");
    assertThat(page.selectFirst(".doc-text").attr("lang")).isEqualTo("en");
  }

  static Document page(Path dir) throws IOException {
    Path index = dir.resolve("index.html");
    assertThat(index).isRegularFile();
    return Jsoup.parse(index.toFile(), "UTF-8");
  }
}
