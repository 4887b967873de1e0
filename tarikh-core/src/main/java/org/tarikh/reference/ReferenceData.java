package org.tarikh.reference;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.tarikh.lang.ResourceException;
import org.tarikh.lang.TsvTable;

/**
 * Reads the language-neutral reference tables bundled under {@code org/tarikh/reference/} (UTF-8
 * TSV with {@code # source:} and {@code # licence:} headers, validated by {@link TsvTable}).
 */
public final class ReferenceData {
  private static final String ROOT = "/org/tarikh/reference/";

  private ReferenceData() {
  }

  /** Loads one table; a missing file or column is a {@link ResourceException} naming the file. */
  public static TsvTable table(String name, String... requiredColumns) {
    String path = ROOT + name;
    InputStream in = ReferenceData.class.getResourceAsStream(path);
    if (in == null) {
      throw new ResourceException(path, 0, "reference table is missing from the classpath");
    }
    return TsvTable.parse(path, new InputStreamReader(in, StandardCharsets.UTF_8), Set.of(requiredColumns));
  }
}
