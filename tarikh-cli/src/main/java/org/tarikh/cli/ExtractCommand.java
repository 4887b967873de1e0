package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tarikh.Tarikh;
import org.tarikh.io.FactsJson;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh extract}: one {@code tarikh/1} JSON file per document. A file that cannot be
 * used is skipped with one line naming it and the cause; the others are processed. Prints one
 * summary line; exit code 0 when every document was extracted, 1 when any was skipped.
 * Output files do not depend on {@code --threads}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract timexes, entities and dated facts; write DIR/<docid>.json (schema tarikh/1) per document.")
public final class ExtractCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  Path out;

  @Option(names = "--threads", defaultValue = "1", description = "Documents processed in parallel (default 1).")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    LanguagePacks packs = LanguagePacks.standard();
    DocumentLoader loader = input.loader(packs);
    Pipeline pipeline = Tarikh.standardPipeline(packs);
    RunSummary summary = new RunSummary();
    InputFiles inputs = InputFiles.expand(paths);
    if (inputs.files().isEmpty() && inputs.problems().isEmpty()) {
      throw new UsageException("no document among the paths given (documents are files named *."
          + String.join(", *.", new java.util.TreeSet<>(InputFiles.DOCUMENT_EXTENSIONS)) + " or without extension)");
    }
    inputs.problems().forEach(summary::skip);
    createOutputFolder();
    runAll(inputs.files(), loader, pipeline, summary);
    PrintWriter err = spec.commandLine().getErr();
    if (!common.quiet && !inputs.ignored().isEmpty()) {
      err.println("ignored " + inputs.ignored().size() + " file(s) in the folders that are not documents (e.g. "
          + inputs.ignored().get(0) + "); name a file to read it anyway");
    }
    if (!common.quiet || !summary.skipped().isEmpty()) {
      summary.print(spec.commandLine().getOut(), err);
    }
    return summary.skipped().isEmpty() && summary.documents() > 0 ? 0 : 1;
  }

  private void createOutputFolder() {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UsageException("--out " + out + ": cannot create the folder (" + e.getMessage() + ")");
    }
  }

  private void runAll(List<Path> files, DocumentLoader loader, Pipeline pipeline, RunSummary summary)
      throws InterruptedException {
    boolean bar = !common.quiet && files.size() > 3 && System.console() != null;
    try (ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("extract").setInitialMax(files.size())
        .setStyle(ProgressBarStyle.ASCII).build() : null) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (Path f : files) {
          futures.add(pool.submit(() -> {
            extractOne(f, loader, pipeline, summary);
            if (pb != null) {
              pb.step();
            }
          }));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            futures.get(i).get();
          } catch (ExecutionException e) {
            summary.skip(files.get(i) + ": internal error (" + e.getCause() + ")");
          }
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  private void extractOne(Path file, DocumentLoader loader, Pipeline pipeline, RunSummary summary) {
    try {
      Document doc = loader.load(file);
      DocumentResult r = pipeline.run(doc);
      FactsJson.write(r, out.resolve(doc.id() + ".json"));
      summary.add(doc.text().codePointCount(0, doc.text().length()), r.timexes().size(),
          r.entities().size(), r.events().size());
    } catch (InputException e) {
      summary.skip(e.getMessage() + debugDetail(e));
    } catch (IOException e) {
      summary.skip(file + ": cannot write the result (" + e.getMessage() + ")" + debugDetail(e));
    } catch (RuntimeException | StackOverflowError e) {
      summary.skip(file + ": internal error (" + e + ")" + debugDetail(e));
    } catch (OutOfMemoryError e) {
      summary.skip(file + ": ran out of memory (raise -Xmx through TARIKH_JAVA_OPTS, or split the file)");
    }
  }

  private String debugDetail(Throwable t) {
    if (!common.debug) {
      return "";
    }
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return "\n" + w;
  }
}
