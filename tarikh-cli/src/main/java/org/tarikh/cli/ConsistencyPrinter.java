package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.List;
import org.tarikh.align.Consistency;
import org.tarikh.model.Finding;

/**
 * Prints a {@link Consistency} summary for a terminal: conflicts first (field, both values and
 * both sentences quoted), then how many facts each document shares with the others or states
 * alone, then each document's findings.
 */
final class ConsistencyPrinter {
  private static final int QUOTE = 220;
  private final PrintWriter out;

  ConsistencyPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Consistency c) {
    out.println("Conflicts: " + c.conflicts().size());
    for (Consistency.ConflictRow k : c.conflicts()) {
      out.println("  " + k.field() + ": " + k.aValue() + " vs " + k.bValue());
      out.println("    " + k.a().ref() + "  \"" + quote(k.a().evidence()) + "\"");
      out.println("    " + k.b().ref() + "  \"" + quote(k.b().evidence()) + "\"");
    }
    facts(c);
    out.println("Findings: " + c.findings().size());
    for (Consistency.FindingRow f : c.findings()) {
      Finding x = f.finding();
      out.println("  " + f.doc() + " [" + x.start() + "-" + x.end() + "] " + x.kind() + ": " + x.message()
          + (x.suggestion() == null ? "" : " (suggested: " + x.suggestion() + ")"));
      if (x.evidence() != null) {
        out.println("    \"" + quote(x.evidence()) + "\"");
      }
    }
  }

  private void facts(Consistency c) {
    List<String> docs = c.docs();
    out.println("Facts: " + c.facts().size());
    if (docs.size() == 2) {
      out.println("  in both: " + c.statedByAll(docs.get(0), docs.get(1)).size());
    } else {
      out.println("  in all " + docs.size() + ": " + c.statedByAll(docs.toArray(String[]::new)).size());
      out.println("  in more than one: " + c.facts().stream().filter(f -> f.docs().size() > 1).count());
    }
    for (String d : docs) {
      out.println("  only in " + d + ": " + c.onlyIn(d).size());
    }
  }

  private static String quote(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= QUOTE ? one : one.substring(0, QUOTE - 1) + "…";
  }
}
