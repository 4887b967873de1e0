package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocumentResult;

/**
 * What {@code report} and {@code demo} print after writing a chronicle: where it is, the conflicts
 * first (each with both values), then documents, facts per language, links and findings.
 */
final class ChronicleSummary {
  private ChronicleSummary() {
  }

  static void print(PrintWriter out, Path index, List<DocumentResult> results, Alignment alignment) {
    out.println("Chronicle: " + index + " (open it in a browser)");
    List<Conflict> conflicts = alignment == null ? List.of() : alignment.conflicts();
    out.println("Conflicts: " + conflicts.size());
    for (Conflict c : conflicts) {
      out.println("  " + c.field() + ": " + c.aValue() + " (" + c.a() + ") vs " + c.bValue() + " (" + c.b() + ")");
    }
    out.println("Documents: " + results.size());
    Map<String, Integer> facts = new TreeMap<>();
    for (DocumentResult r : results) {
      out.println("  " + r.doc().id() + " (" + r.doc().lang() + "): " + r.events().size() + " facts, "
          + r.timexes().size() + " timexes, " + r.entities().size() + " entities");
      facts.merge(r.doc().lang(), r.events().size(), Integer::sum);
    }
    StringBuilder perLang = new StringBuilder("Facts per language:");
    facts.forEach((lang, n) -> perLang.append(' ').append(lang).append(' ').append(n));
    out.println(perLang);
    out.println("Links: " + (alignment == null ? "none (no alignment)" : alignment.links().size()));
    out.println("Findings: " + results.stream().mapToInt(r -> r.findings().size()).sum());
    out.flush();
  }
}
