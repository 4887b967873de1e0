package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tarikh extract} on bad input: each problem named with its file, the rest processed. */
class ExtractInputTest {
  @TempDir
  Path dir;

  private Path in(String name, byte[] content) throws IOException {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private Path good(String name) throws IOException {
    return in(name, "Azerbaijan became a member of the UN on 2 March 1992.\n".getBytes(StandardCharsets.UTF_8));
  }

  private Cli.Result extract(String... paths) {
    String[] args = new String[paths.length + 2];
    args[0] = "--out";
    args[1] = dir.resolve("out").toString();
    System.arraycopy(paths, 0, args, 2, paths.length);
    return Cli.run(prepend("extract", args));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void goodFileGivesResultAndSummaryLine() throws IOException {
    Path f = good("a.txt");
    Cli.Result r = extract(f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("(?s)1 documents, 54 characters, \\d+ timexes, \\d+ entities, \\d+ events, 0 skipped, [0-9.]+ s\\s*");
    assertThat(dir.resolve("out/a.json")).exists();
  }

  @Test
  void missingFileIsNamedAndTheOthersAreProcessed() throws IOException {
    Path f = good("a.txt");
    Cli.Result r = extract(dir.resolve("nope.txt").toString(), f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nope.txt: no such file or directory").doesNotContain("at org.");
    assertThat(r.out()).contains("1 documents").contains("1 skipped");
    assertThat(dir.resolve("out/a.json")).exists();
  }

  @Test
  void emptyFile() throws IOException {
    Cli.Result r = extract(in("empty.txt", new byte[0]).toString(), good("a.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty.txt: the file is empty");
    assertThat(dir.resolve("out/a.json")).exists();
  }

  @Test
  void binaryFileNamedTxt() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Cli.Result r = extract(in("picture.txt", png).toString(), good("a.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("picture.txt: looks binary, not text");
    assertThat(dir.resolve("out/a.json")).exists();
  }

  @Test
  void invalidUtf8SaysWhere() throws IOException {
    byte[] latin1 = "Caf\u00e9 in 1992".getBytes(StandardCharsets.ISO_8859_1);
    Cli.Result r = extract(in("latin1.txt", latin1).toString(), good("a.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("latin1.txt: is not valid UTF-8 (bad byte near offset 3)");
  }

  @Test
  void fileOverTheSizeLimitIsSkippedWithItsSize() throws IOException {
    Path big = dir.resolve("in/big.txt");
    Files.createDirectories(big.getParent());
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(50_000_000L);
    }
    Cli.Result r = extract(big.toString(), good("a.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("big.txt: is 50.0 MB, over the limit of 25 MB (raise it with --max-mb)");
    assertThat(dir.resolve("out/a.json")).exists();
  }

  @Test
  void folderOfMixedFiles() throws IOException {
    good("a.txt");
    in("b.html", "<html lang=\"en\"><body><p>Azerbaijan joined UNESCO in 1992.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    in("c.txt", new byte[] {0, 1, 2, 3});
    in("notes.json", "{}".getBytes(StandardCharsets.UTF_8));
    in(".hidden.txt", new byte[0]);
    in("sub/d.txt", "الأمم المتحدة عام ١٩٩٢".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = extract(dir.resolve("in").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("3 documents").contains("1 skipped");
    assertThat(r.err()).contains("c.txt: looks binary").contains("ignored 1 file(s)").contains("notes.json")
        .doesNotContain(".hidden");
    assertThat(dir.resolve("out")).isDirectoryContaining("glob:**/a.json")
        .isDirectoryContaining("glob:**/b.json").isDirectoryContaining("glob:**/d.json");
  }

  @Test
  void twoFilesWithOneDocumentIdAreNotBothWritten() throws IOException {
    Path a = good("x/doc.txt");
    Path b = good("y/doc.txt");
    Cli.Result r = extract(a.toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("same document id 'doc'");
  }

  @Test
  void folderWithoutDocumentsIsAUsageError() throws IOException {
    in("notes.json", "{}".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = extract(dir.resolve("in").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no document among the paths given").contains("*.txt");
  }

  @Test
  void debugAddsTheStackTraceToASkippedFile() throws IOException {
    Path docx = in("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
    Cli.Result plain = extract(docx.toString());
    assertThat(plain.err()).contains("broken.docx: is not a readable DOCX file").doesNotContain("\tat ");
    Cli.Result debug = Cli.run("extract", "--debug", "--out", dir.resolve("out").toString(), docx.toString());
    assertThat(debug.code()).isEqualTo(1);
    assertThat(debug.err()).contains("broken.docx: is not a readable DOCX file").contains("\tat ");
  }

  @Test
  void unknownLanguageIsAUsageErrorListingThePacks() throws IOException {
    Cli.Result r = Cli.run("extract", "--lang", "xx", "--out", dir.resolve("out").toString(), good("a.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --lang 'xx'").contains("en").contains("ar").doesNotContain("at org.");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws IOException {
    String f = good("a.txt").toString();
    String out = dir.resolve("out").toString();
    assertThat(Cli.run("extract", "--dct", "yesterday", "--out", out, f).code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--threads", "0", "--out", out, f).code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--out", out).code()).isEqualTo(2);
    assertThat(Cli.run("extract", "--no-such-option", "--out", out, f).code()).isEqualTo(2);
  }
}
