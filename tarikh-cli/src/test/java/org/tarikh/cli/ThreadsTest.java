package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output files do not depend on the number of threads. */
class ThreadsTest {
  @TempDir
  Path tmp;

  @Test
  void twoThreadsWriteTheSameBytesAsOne() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path dev = Path.of("..", "corpus", "dev");
    // several documents, both languages, so that two threads really interleave
    for (int i = 0; i < 3; i++) {
      Files.copy(dev.resolve("000_d2274c8ab08e79db.txt"), in.resolve("en" + i + ".txt"));
      Files.copy(dev.resolve("003_fc7e0ff866001d66.txt"), in.resolve("ar" + i + ".txt"));
    }
    Cli.Result one = Cli.run("extract", "-q", "--threads", "1", "--out", tmp.resolve("one").toString(), in.toString());
    Cli.Result two = Cli.run("extract", "-q", "--threads", "2", "--out", tmp.resolve("two").toString(), in.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(two.code()).as(two.err()).isZero();
    List<Path> files = list(tmp.resolve("one"));
    assertThat(files).hasSize(6);
    assertThat(list(tmp.resolve("two")).stream().map(p -> p.getFileName().toString()))
        .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString()).toList());
    for (Path f : files) {
      assertThat(Files.readAllBytes(tmp.resolve("two").resolve(f.getFileName())))
          .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
