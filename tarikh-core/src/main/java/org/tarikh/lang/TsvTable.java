package org.tarikh.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tab-separated resource file: {@code #} comment lines, of which {@code # key: value} lines
 * before the header are metadata ({@code source}, {@code licence} are required), then a header
 * row naming the columns, then one row per line. Blank lines are skipped. Every row remembers
 * its line number so that validation errors can name it.
 */
public final class TsvTable {
  private final String file;
  private final Map<String, String> meta;
  private final List<String> columns;
  private final List<Row> rows;

  private TsvTable(String file, Map<String, String> meta, List<String> columns, List<Row> rows) {
    this.file = file;
    this.meta = Collections.unmodifiableMap(meta);
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** One data line. */
  public static final class Row {
    private final String file;
    private final List<String> columns;
    private final int line;
    private final String[] cells;

    Row(String file, List<String> columns, int line, String[] cells) {
      this.file = file;
      this.columns = columns;
      this.line = line;
      this.cells = cells;
    }

    public int line() {
      return line;
    }

    /** The cell of a column, or the empty string when the row is shorter. */
    public String get(String column) {
      int i = columns.indexOf(column);
      if (i < 0) {
        throw new ResourceException(file, line, "no column '" + column + "' (columns: " + columns + ")");
      }
      return i < cells.length ? cells[i].strip() : "";
    }

    /** The cell of a column that must not be empty. */
    public String require(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error("empty '" + column + "'");
      }
      return v;
    }

    public ResourceException error(String cause) {
      return new ResourceException(file, line, cause);
    }
  }

  /**
   * Reads a UTF-8 table bundled on the classpath at the absolute resource {@code path}
   * ({@code /org/tarikh/...}); a missing resource, column or header is a {@link ResourceException}
   * naming the path (and the line, where there is one).
   */
  public static TsvTable resource(String path, Set<String> requiredColumns) {
    InputStream in = TsvTable.class.getResourceAsStream(path);
    if (in == null) {
      throw new ResourceException(path, 0, "not found on the classpath");
    }
    return parse(path, new InputStreamReader(in, StandardCharsets.UTF_8), requiredColumns);
  }

  public static TsvTable parse(String file, Reader reader, Set<String> requiredColumns) {
    Map<String, String> meta = new LinkedHashMap<>();
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    List<String[]> raw = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        if (no == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          int colon = line.indexOf(':');
          if (columns == null && colon > 1) {
            meta.putIfAbsent(line.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT),
                line.substring(colon + 1).strip());
          }
          continue;
        }
        if (columns == null) {
          columns = List.of(line.split("\t", -1));
          continue;
        }
        raw.add(line.split("\t", -1));
        lines.add(no);
      }
    } catch (IOException e) {
      throw new ResourceException(file, 0, "cannot be read: " + e.getMessage(), e);
    }
    if (columns == null) {
      throw new ResourceException(file, 0, "no header row");
    }
    for (String required : requiredColumns) {
      if (!columns.contains(required)) {
        throw new ResourceException(file, 0, "missing column '" + required + "' (has " + columns + ")");
      }
    }
    for (String key : List.of("source", "licence")) {
      if (!meta.containsKey(key)) {
        throw new ResourceException(file, 0, "missing '# " + key + ": ...' header line");
      }
    }
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).length > columns.size()) {
        throw new ResourceException(file, lines.get(i), "has " + raw.get(i).length
            + " cells but the header names " + columns.size() + " columns");
      }
      rows.add(new Row(file, columns, lines.get(i), raw.get(i)));
    }
    return new TsvTable(file, meta, columns, rows);
  }

  public String file() {
    return file;
  }

  public Map<String, String> meta() {
    return meta;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }
}
