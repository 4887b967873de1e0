package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.tarikh.Tarikh;
import org.tarikh.eval.Benchmark;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.FactQuery;
import org.tarikh.store.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh store-bench}: the store's figures in a throw-away embedded store. (1) Ingest
 * throughput, extraction included, of documents recombined from the seed documents
 * ({@link BenchCorpus}), with the heap's peak; (2) the store filled with synthetic facts up to
 * {@code --facts}, then the median and 90th-percentile latency of searches and of entity +
 * date-range queries. Prints {@code name value} lines.
 */
@Command(name = "store-bench", mixinStandardHelpOptions = true,
    description = "Measure ingest throughput, heap, and search/query latency of the chronicle store.")
public final class StoreBenchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--docs", defaultValue = "1000", description = "Documents to ingest with extraction (default 1000).")
  int docs;

  @Option(names = "--doc-kb", defaultValue = "8", description = "Size of each generated document in KB (default 8).")
  int docKb;

  @Option(names = "--facts", defaultValue = "100000", description = "Facts in the store for the latency part (default 100000).")
  int facts;

  @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default 2).")
  int threads;

  @Option(names = "--queries", defaultValue = "300", description = "Timed searches and queries, each (default 300).")
  int queries;

  @Parameters(arity = "0..*", paramLabel = "SEED", description = "Seed documents (default: the bundled corpus/dev).")
  List<Path> seeds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LanguagePacks packs = LanguagePacks.standard();
    BenchCorpus corpus = new BenchCorpus(seedDocuments(packs), docKb * 1000);
    try (ChronicleStore store = ChronicleStore.openTemporary()) {
      ingest(store, corpus, packs, out);
      fill(store, corpus, out);
      latency(store, out);
    }
    return 0;
  }

  private void ingest(ChronicleStore store, BenchCorpus corpus, LanguagePacks packs, PrintWriter out)
      throws InterruptedException {
    List<ParallelIngest.Source> sources = new ArrayList<>();
    long[] bytes = new long[1];
    for (int i = 0; i < docs; i++) {
      int n = i;
      sources.add(new ParallelIngest.Source() {
        @Override
        public Document load() {
          Document d = corpus.document(n);
          synchronized (bytes) {
            bytes[0] += d.text().getBytes(StandardCharsets.UTF_8).length;
          }
          return d;
        }

        @Override
        public String name() {
          return "bench_" + n;
        }
      });
    }
    note("ingesting " + docs + " generated documents with extraction on " + threads + " threads");
    Benchmark.resetHeapPeak();
    long start = System.nanoTime();
    new ParallelIngest(Tarikh.standardPipeline(packs), store, threads, spec.commandLine().getErr()).run(sources);
    store.flush();
    double secs = (System.nanoTime() - start) / 1e9;
    print(out, "ingest_docs", docs);
    print(out, "ingest_mb", bytes[0] / 1e6);
    print(out, "ingest_seconds", secs);
    print(out, "ingest_mb_per_s", bytes[0] / 1e6 / secs);
    print(out, "heap_peak_mb", Benchmark.heapPeakBytes() / 1048576.0);
  }

  private void fill(ChronicleStore store, BenchCorpus corpus, PrintWriter out) {
    int perDoc = 20;
    int have = store.query(FactQuery.all().withLimit(Integer.MAX_VALUE)).size();
    int needed = Math.max(0, (facts - have + perDoc - 1) / perDoc);
    note("adding " + needed * perDoc + " synthetic facts to the " + have + " extracted ones");
    long start = System.nanoTime();
    for (int i = 0; i < needed; i++) {
      Document d = corpus.document(docs + i);
      store.ingest(d, BenchCorpus.syntheticFacts(d, perDoc, 200));
    }
    store.flush();
    print(out, "facts_stored", have + needed * perDoc);
    print(out, "fill_seconds", (System.nanoTime() - start) / 1e9);
  }

  private void latency(ChronicleStore store, PrintWriter out) {
    Random random = new Random(7);
    String[] words = {"Security Council", "resolution", "United Nations", "admitted", "الأمم المتحدة", "اذربيجان",
        "session", "مجلس الامن", "Azerbaijan", "General Assembly"};
    timed(out, "search", n -> store.search(SearchRequest.of(words[n % words.length]).withLimit(20)));
    timed(out, "search_filtered", n -> store.search(SearchRequest.of(words[n % words.length])
        .withEntity("state:s" + random.nextInt(200)).between(LocalDate.of(1990 + n % 30, 1, 1),
            LocalDate.of(1995 + n % 30, 12, 31)).withLimit(20)));
    timed(out, "range_query", n -> store.query(FactQuery.all().withEntity("state:s" + random.nextInt(200))
        .between(LocalDate.of(1990 + n % 30, 1, 1), LocalDate.of(1992 + n % 30, 12, 31)).withLimit(100)));
    timed(out, "range_query_all_entities", n -> store.query(FactQuery.all()
        .between(LocalDate.of(1990 + n % 34, 3, 1), LocalDate.of(1990 + n % 34, 3, 31)).withLimit(100)));
  }

  private void timed(PrintWriter out, String name, IntConsumer work) {
    for (int i = 0; i < Math.min(50, queries); i++) {
      work.accept(i); // warm-up
    }
    double[] ms = new double[queries];
    for (int i = 0; i < queries; i++) {
      long t = System.nanoTime();
      work.accept(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    print(out, name + "_median_ms", ms[ms.length / 2]);
    print(out, name + "_p90_ms", ms[(int) (ms.length * 0.9)]);
  }

  private List<Document> seedDocuments(LanguagePacks packs) {
    List<Path> paths = seeds != null && !seeds.isEmpty() ? seeds
        : List.of(Path.of(System.getProperty("tarikh.home", "."), "corpus", "dev"));
    DocumentLoader loader = new DocumentLoader(packs, "auto", null, 25_000_000L);
    List<Document> out = new ArrayList<>();
    for (Path f : InputFiles.expand(paths).files()) {
      try {
        out.add(loader.load(f));
      } catch (InputException e) {
        spec.commandLine().getErr().println("skipped " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new UsageException("no seed document found (give SEED files or run from the Tarikh folder)");
    }
    return out;
  }

  private void print(PrintWriter out, String name, double value) {
    out.println(String.format(Locale.ROOT, value == Math.rint(value) ? "%s %.0f" : "%s %.2f", name, value));
    out.flush();
  }

  private void note(String message) {
    if (!common.quiet) {
      spec.commandLine().getErr().println("store-bench: " + message);
      spec.commandLine().getErr().flush();
    }
  }
}
