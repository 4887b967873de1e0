package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.Tarikh;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.IngestOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh ingest}: extracts documents and stores them in the chronicle, one transaction per
 * document. Extraction runs on {@code --threads} threads, a few documents ahead of the single
 * writer, so memory stays bounded however many files are given. Unchanged documents are not
 * extracted again. Each failure is reported and the rest goes on; exit code 1 if any failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Extract documents and store their facts in the chronicle (re-ingesting unchanged content does nothing; "
        + "changed content becomes a new version).")
public final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions store;

  @Mixin
  InputOptions input;

  @Option(names = "--threads", description = "Extraction threads (default: the number of processors).")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    LanguagePacks packs = LanguagePacks.standard();
    DocumentLoader loader = input.loader(packs);
    InputFiles inputs = InputFiles.expand(paths);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    inputs.problems().forEach(p -> err.println("failed " + p));
    List<ParallelIngest.Source> sources = inputs.files().stream().map(f -> source(f, loader)).toList();
    Map<IngestOutcome.Status, Integer> counts;
    long start = System.nanoTime();
    try (ChronicleStore chronicle = ChronicleStore.open(store.location())) {
      counts = new ParallelIngest(Tarikh.standardPipeline(packs), chronicle, n, err).run(sources);
    }
    int failed = counts.getOrDefault(IngestOutcome.Status.FAILED, 0) + inputs.problems().size();
    if (!common.quiet || failed > 0) {
      out.printf(Locale.ROOT, "%d added, %d new versions, %d unchanged, %d failed, %.2f s (%s)%n",
          counts.getOrDefault(IngestOutcome.Status.ADDED, 0), counts.getOrDefault(IngestOutcome.Status.NEW_VERSION, 0),
          counts.getOrDefault(IngestOutcome.Status.UNCHANGED, 0), failed, (System.nanoTime() - start) / 1e9,
          store.location().describe());
    }
    return failed == 0 ? 0 : 1;
  }

  private static ParallelIngest.Source source(Path file, DocumentLoader loader) {
    return new ParallelIngest.Source() {
      @Override
      public org.tarikh.model.Document load() throws org.tarikh.io.InputException {
        return loader.load(file);
      }

      @Override
      public String name() {
        return file.toString();
      }
    };
  }
}
