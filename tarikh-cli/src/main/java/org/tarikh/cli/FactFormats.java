package org.tarikh.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tarikh.io.FactsJson;
import org.tarikh.store.Fact;

/**
 * Writes facts as an aligned text table, a JSON array, or CSV (RFC 4180 quoting). Every format
 * gives the date, type, entities by role, the source (document, version, file, code-point
 * offsets) and the evidence.
 */
final class FactFormats {
  /** Output formats of {@code tarikh query}. */
  enum Format { TABLE, JSON, CSV }

  private static final String[] COLUMNS = {"date", "type", "args", "doc", "version", "start", "end", "source", "evidence"};

  private FactFormats() {
  }

  static void write(List<Fact> facts, Format format, PrintWriter out) {
    switch (format) {
      case JSON -> out.println(json(facts));
      case CSV -> csv(facts, out);
      case TABLE -> table(facts, out);
    }
    out.flush();
  }

  private static String[] row(Fact f) {
    return new String[] {f.date(), f.type(), args(f.args()), f.docId(), Integer.toString(f.version()),
        Integer.toString(f.evidenceStart()), Integer.toString(f.evidenceEnd()), f.source() == null ? "" : f.source(),
        f.evidence().replaceAll("\\s+", " ").strip()};
  }

  private static String args(Map<String, List<String>> args) {
    return new TreeMap<>(args).entrySet().stream().map(e -> e.getKey() + "=" + String.join("+", e.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static void table(List<Fact> facts, PrintWriter out) {
    if (facts.isEmpty()) {
      out.println("no facts");
      return;
    }
    for (Fact f : facts) {
      String[] r = row(f);
      out.printf("%-12s %-20s %s  (%s@%s [%s,%s) %s)%n", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
      out.println("    " + r[8]);
    }
  }

  private static void csv(List<Fact> facts, PrintWriter out) {
    out.print(String.join(",", COLUMNS) + "\r\n");
    for (Fact f : facts) {
      String[] r = row(f);
      for (int i = 0; i < r.length; i++) {
        out.print((i > 0 ? "," : "") + quote(r[i]));
      }
      out.print("\r\n");
    }
  }

  static String quote(String s) {
    return s.matches(".*[\",\r\n].*") || s.startsWith(" ") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String json(List<Fact> facts) {
    ArrayNode arr = FactsJson.mapper().createArrayNode();
    for (Fact f : facts) {
      ObjectNode o = arr.addObject();
      o.put("date", f.date());
      if (f.range() != null) {
        o.put("begin", f.range().begin().toString()).put("end", f.range().end().toString());
      }
      o.put("type", f.type());
      o.set("args", FactsJson.mapper().valueToTree(new TreeMap<>(f.args())));
      o.set("attrs", FactsJson.mapper().valueToTree(new TreeMap<>(f.attrs())));
      ObjectNode src = o.putObject("source");
      src.put("doc", f.docId()).put("version", f.version()).put("event", f.eventId()).put("lang", f.lang());
      src.put("file", f.source());
      src.put("start", f.evidenceStart()).put("end", f.evidenceEnd());
      o.put("evidence", f.evidence());
    }
    try {
      return FactsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
