package org.tarikh.reference;

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
    return TsvTable.resource(ROOT + name, Set.of(requiredColumns));
  }
}
