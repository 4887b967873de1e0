package org.tarikh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the report module: renders the chronicle of {@link ChronicleInput} as one
 * self-contained HTML page (no network access needed to view it) and writes it to
 * {@code DIR/index.html}. Lane directions come from the language packs of the classpath.
 */
public final class ChronicleReport {
  private ChronicleReport() {
  }

  /** The page as a string. */
  public static String render(ChronicleInput input) {
    return ChronicleHtml.page(ChronicleView.of(input));
  }

  /** Writes {@code dir/index.html} (creating {@code dir}) and returns its path. */
  public static Path write(ChronicleInput input, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("index.html");
    Files.writeString(file, render(input), StandardCharsets.UTF_8);
    return file;
  }
}
