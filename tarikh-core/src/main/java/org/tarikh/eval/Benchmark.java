package org.tarikh.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Pipeline;

/**
 * Measures a pipeline on documents in one warm JVM. {@link #loadMillis} times the first analysis
 * per language (resources are read and models compiled then, in a cold JVM); {@link #warmUp} runs
 * the whole pipeline until the JIT has settled; {@link #measure} repeats one stage over the
 * documents for a wall-clock budget and reports code points per second of time spent inside that
 * stage only ({@link StageRunner}). With several threads each runs the same loop and the rates add
 * up; with one thread (the default) the figure is per core.
 *
 * <p>Heap: {@link #resetHeapPeak} collects garbage and resets the peak usage of every heap memory
 * pool; {@link #heapPeakBytes} is the sum of the pools' peaks since. Pools peak at different
 * moments, so the sum bounds the true peak from above; it includes garbage not yet collected, so
 * it shows the heap the run needed with the collector's sizing, not the live data.
 */
public final class Benchmark {
  private final Pipeline pipeline;
  private final List<Document> documents;
  private final int threads;

  public Benchmark(Pipeline pipeline, List<Document> documents, int threads) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no document to measure on");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.pipeline = pipeline;
    this.documents = List.copyOf(documents);
    this.threads = threads;
  }

  /** Code points per second of one stage (or {@code all}) over the documents. */
  public record Throughput(String stage, long codePoints, long nanos, double perSecond) {
  }

  /** The names {@link #measure} accepts: {@code text}, each stage of the pipeline, {@code all}. */
  public List<String> stageNames() {
    return new StageRunner(pipeline).names();
  }

  /** Milliseconds of the first full analysis of the first document of each language, in order of appearance. */
  public Map<String, Long> loadMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Document d : documents) {
      if (!out.containsKey(d.lang())) {
        long t0 = System.nanoTime();
        pipeline.run(d);
        out.put(d.lang(), (System.nanoTime() - t0) / 1_000_000);
      }
    }
    return out;
  }

  /** Runs the whole pipeline over the documents for about {@code seconds} (at least once). */
  public void warmUp(double seconds) {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    do {
      documents.forEach(pipeline::run);
    } while (System.nanoTime() < until);
  }

  /** Repeats {@code stage} over the documents for about {@code seconds} of wall clock (at least once). */
  public Throughput measure(String stage, double seconds) throws InterruptedException {
    StageRunner runner = new StageRunner(pipeline);
    runner.check(stage);
    long budget = (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        parts.add(pool.submit(() -> loop(runner, stage, budget, offset)));
      }
      long cps = 0;
      long nanos = 0;
      double rate = 0;
      for (Future<long[]> f : parts) {
        long[] r = get(f);
        cps += r[0];
        nanos += r[1];
        rate += r[0] * 1e9 / Math.max(1, r[1]);
      }
      return new Throughput(stage, cps, nanos, rate);
    } finally {
      pool.shutdown();
    }
  }

  /** One thread's loop: {code points, timed nanoseconds}. */
  private long[] loop(StageRunner runner, String stage, long budget, int offset) {
    long until = System.nanoTime() + budget;
    long cps = 0;
    long nanos = 0;
    int n = documents.size();
    do {
      for (int i = 0; i < n; i++) {
        Document d = documents.get((i + offset) % n);
        nanos += runner.time(stage, d);
        cps += d.text().codePointCount(0, d.text().length());
      }
    } while (System.nanoTime() < until);
    return new long[] {cps, nanos};
  }

  private static long[] get(Future<long[]> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Collects garbage and resets the peak usage of the heap pools. */
  public static void resetHeapPeak() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peak usage since {@link #resetHeapPeak} (an upper bound of the peak). */
  public static long heapPeakBytes() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
  }
}
