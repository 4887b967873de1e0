package org.tarikh.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tarikh.align.Consistency;

/**
 * The reconciled chronicle as CSV (RFC 4180, UTF-8, header row): one row per event, grouped by
 * fact in chronological order, with the fields its fact conflicts on. Columns: {@code fact, doc,
 * lang, event, type, date, start, end, evidence, conflicts}.
 */
public final class ChronicleCsv {
  private static final List<String> HEADER = List.of("fact", "doc", "lang", "event", "type", "date",
      "start", "end", "evidence", "conflicts");

  private ChronicleCsv() {
  }

  public static void write(Consistency c, Appendable out) throws IOException {
    row(out, HEADER);
    for (Consistency.Fact f : c.facts()) {
      for (Consistency.EventRef e : f.events()) {
        String conflicts = c.conflicts().stream()
            .filter(k -> k.a().ref().equals(e.ref()) || k.b().ref().equals(e.ref()))
            .map(k -> k.field() + ": " + k.aValue() + " vs " + k.bValue())
            .collect(Collectors.joining("; "));
        row(out, List.of(String.valueOf(f.id()), e.doc(), e.lang(), e.eventId(), e.type(),
            nullToEmpty(e.date()), String.valueOf(e.start()), String.valueOf(e.end()),
            nullToEmpty(e.evidence()), conflicts));
      }
    }
  }

  public static String toString(Consistency c) {
    StringBuilder sb = new StringBuilder();
    try {
      write(c, sb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return sb.toString();
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    List<String> quoted = new ArrayList<>(cells.size());
    for (String cell : cells) {
      quoted.add(quote(cell));
    }
    out.append(String.join(",", quoted)).append("\r\n");
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
