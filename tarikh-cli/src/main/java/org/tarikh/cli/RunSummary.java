package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts of a batch run and the files it skipped, with why; thread-safe. Skipped files are
 * reported sorted, so the messages do not depend on thread scheduling.
 */
final class RunSummary {
  private int documents;
  private long codePoints;
  private int timexes;
  private int entities;
  private int events;
  private final List<String> skipped = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  synchronized void add(long cps, int t, int en, int ev) {
    documents++;
    codePoints += cps;
    timexes += t;
    entities += en;
    events += ev;
  }

  synchronized void skip(String why) {
    skipped.add(why);
  }

  synchronized int documents() {
    return documents;
  }

  synchronized List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** The skipped files on {@code err}, then the one-line summary on {@code out}. */
  synchronized void print(PrintWriter out, PrintWriter err) {
    skipped.stream().sorted().forEach(s -> err.println("skipped " + s));
    err.flush();
    double secs = (System.nanoTime() - startNanos) / 1e9;
    out.printf(Locale.ROOT, "%d documents, %d characters, %d timexes, %d entities, %d events, %d skipped, %.2f s%n",
        documents, codePoints, timexes, entities, events, skipped.size(), secs);
    out.flush();
  }
}
