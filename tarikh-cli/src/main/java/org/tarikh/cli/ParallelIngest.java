package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tarikh.io.InputException;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.IngestOutcome;

/**
 * Reads and extracts documents on several threads, a bounded window ahead of one writer that
 * stores them in order, one transaction each. Memory stays bounded by the window (twice the
 * threads), whatever the number of documents. Documents already current are not extracted.
 * Failures are written to {@code err} as {@code failed <what>: <why>} and counted.
 */
final class ParallelIngest {
  /** Where one document comes from. */
  interface Source {
    Document load() throws InputException;

    String name();
  }

  /** A document read and extracted (result {@code null} when already current), or why not. */
  private record Prepared(Source source, Document doc, DocumentResult result, String failure) {
  }

  private final Pipeline pipeline;
  private final ChronicleStore store;
  private final int threads;
  private final PrintWriter err;

  ParallelIngest(Pipeline pipeline, ChronicleStore store, int threads, PrintWriter err) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.err = err;
  }

  /** Ingests every source; returns how many documents ended in each status. */
  Map<IngestOutcome.Status, Integer> run(List<? extends Source> sources) throws InterruptedException {
    Map<IngestOutcome.Status, Integer> counts = new EnumMap<>(IngestOutcome.Status.class);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      while (next < sources.size() || !window.isEmpty()) {
        while (next < sources.size() && window.size() < 2 * threads) {
          Source s = sources.get(next++);
          window.add(pool.submit(() -> prepare(s)));
        }
        IngestOutcome o = store(take(window.poll()));
        counts.merge(o.status(), 1, Integer::sum);
        if (o.status() == IngestOutcome.Status.FAILED) {
          err.println("failed " + o.message());
          err.flush();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  private Prepared prepare(Source s) {
    try {
      Document doc = s.load();
      if (store.isCurrent(doc.id(), doc.text())) {
        return new Prepared(s, doc, null, null);
      }
      return new Prepared(s, doc, pipeline.run(doc), null);
    } catch (InputException e) {
      return new Prepared(s, null, null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Prepared(s, null, null, s.name() + ": extraction failed (" + e + ")");
    }
  }

  private IngestOutcome store(Prepared p) {
    if (p.failure() != null) {
      return IngestOutcome.failed(p.source().name(), p.failure());
    }
    if (p.result() == null) {
      return new IngestOutcome(p.doc().id(), IngestOutcome.Status.UNCHANGED, 0, null);
    }
    IngestOutcome o = store.ingest(p.doc(), p.result());
    return o.status() == IngestOutcome.Status.FAILED
        ? IngestOutcome.failed(o.docId(), p.source().name() + ": " + o.message()) : o;
  }

  private static Prepared take(Future<Prepared> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction thread failed", e.getCause());
    }
  }
}
