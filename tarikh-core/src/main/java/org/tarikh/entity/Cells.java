package org.tarikh.entity;

import org.tarikh.lang.TsvTable;

/** Reading optional columns of a TSV row: a column the file does not have reads as empty. */
final class Cells {
  private Cells() {
  }

  static String optional(TsvTable table, TsvTable.Row row, String column) {
    return table.columns().contains(column) ? row.get(column) : "";
  }
}
