package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarikh.Tarikh;
import org.tarikh.eval.Benchmark;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh bench}: throughput of the pipeline stages on the given documents in one warm JVM
 * ({@link Benchmark}). Prints {@code load_ms <lang> <ms>} per language (first analysis, cold),
 * {@code throughput <stage> <code points per second>} per stage asked for, and
 * {@code heap_peak_mb <n>}. Progress notes go to standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput (code points per second) of the pipeline stages on documents.",
    footer = {"", "Each stage is timed alone: the text layer and earlier stages run outside the timed region; "
        + "'all' times the whole pipeline. load_ms is the first (cold) analysis per language; "
        + "heap_peak_mb sums the heap pools' peak usage after a GC and a peak reset (an upper bound)."})
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  InputOptions input;

  @Option(names = "--stage", defaultValue = "all", split = ",", paramLabel = "STAGE",
      description = "text, timex, entities, events, all (whole pipeline) or every; comma-separated (default all).")
  List<String> stages;

  @Option(names = "--seconds", defaultValue = "5", description = "Measuring time per stage (default 5).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "2", description = "Warm-up time, whole pipeline (default 2).")
  double warmup;

  @Option(names = "--threads", defaultValue = "1",
      description = "Threads, each looping over the documents (default 1: figures per core).")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || seconds <= 0 || warmup < 0) {
      throw new UsageException("--threads must be at least 1, --seconds above 0, --warmup not negative");
    }
    LanguagePacks packs = LanguagePacks.standard();
    Pipeline pipeline = Tarikh.standardPipeline(packs);
    DocumentLoader loader = input.loader(packs);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = load(loader, err);
    if (docs.isEmpty()) {
      throw new UsageException("no readable document among the paths given");
    }
    Benchmark bench = new Benchmark(pipeline, docs, threads);
    List<String> parts = parts(bench.stageNames());
    bench.loadMillis().forEach((code, ms) -> out.println("load_ms " + code + " " + ms));
    note(err, "warming up for " + warmup + " s on " + docs.size() + " documents");
    bench.warmUp(warmup);
    Benchmark.resetHeapPeak();
    for (String part : parts) {
      note(err, "measuring " + part + " for " + seconds + " s");
      Benchmark.Throughput t = bench.measure(part, seconds);
      out.println(String.format(Locale.ROOT, "throughput %s %d", part, Math.round(t.perSecond())));
      out.flush();
    }
    out.println("heap_peak_mb " + Math.round(Benchmark.heapPeakBytes() / 1048576.0));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private List<String> parts(List<String> known) {
    List<String> out = new ArrayList<>();
    for (String s : stages) {
      String name = s.strip().toLowerCase(Locale.ROOT);
      if (name.equals("every")) {
        out.addAll(known);
      } else if (known.contains(name)) {
        out.add(name);
      } else {
        throw new UsageException("unknown --stage '" + s + "' (stages: " + String.join(", ", known) + ", every)");
      }
    }
    return out.stream().distinct().toList();
  }

  private List<Document> load(DocumentLoader loader, PrintWriter err) {
    InputFiles inputs = InputFiles.expand(paths);
    inputs.problems().forEach(p -> err.println("skipped " + p));
    List<Document> docs = new ArrayList<>();
    for (Path f : inputs.files()) {
      try {
        docs.add(loader.load(f));
      } catch (InputException e) {
        err.println("skipped " + e.getMessage());
      }
    }
    return docs;
  }

  private void note(PrintWriter err, String message) {
    if (!common.quiet) {
      err.println("bench: " + message);
      err.flush();
    }
  }
}
