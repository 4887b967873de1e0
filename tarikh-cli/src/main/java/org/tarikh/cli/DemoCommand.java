package org.tarikh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tarikh.align.Reconciler;
import org.tarikh.io.FactsJson;
import org.tarikh.io.InputException;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.report.ChronicleInput;
import org.tarikh.report.ChronicleReport;
import org.tarikh.report.SourcedResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarikh demo}: the main job on the bundled samples ({@code corpus/dev/*.txt} under the
 * folder of the system property {@code tarikh.home}, which the launcher sets, else the current
 * folder): extracts each into {@code DIR/results/<docid>.json}, reconciles them into
 * {@code DIR/align.json}, writes the chronicle {@code DIR/index.html}, prints a summary and
 * shows one search over the results in a throw-away store.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the main job on the bundled sample documents (corpus/dev) and write the chronicle.")
public final class DemoCommand implements Callable<Integer> {
  static final String HOME_PROPERTY = "tarikh.home";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  InputOptions input;

  @Option(names = "--out", defaultValue = "tarikh-demo", paramLabel = "DIR",
      description = "Output folder (default: tarikh-demo).")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Path> samples = samples();
    Extraction extraction = new Extraction(input);
    Path resultDir = Files.createDirectories(out.resolve("results"));
    List<SourcedResult> documents = new ArrayList<>();
    for (Path f : samples) {
      SourcedResult s = extraction.run(f);
      FactsJson.write(s.result(), resultDir.resolve(s.docId() + ".json"));
      documents.add(s);
    }
    List<DocumentResult> results = documents.stream().map(SourcedResult::result).toList();
    Alignment alignment = Reconciler.standard().reconcile(results);
    FactsJson.write(alignment, out.resolve("align.json"));
    Path index = ChronicleReport.write(new ChronicleInput(documents, alignment), out);
    var o = spec.commandLine().getOut();
    o.println("Samples: " + samples.get(0).getParent() + " · results: " + resultDir
        + " · alignment: " + out.resolve("align.json"));
    ChronicleSummary.print(o, index, results, alignment);
    DemoSearch.run(documents, o);
    return 0;
  }

  /** The bundled sample texts, sorted. */
  static List<Path> samples() throws InputException {
    String home = System.getProperty(HOME_PROPERTY);
    Path root = home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    Path dev = root.resolve("corpus").resolve("dev");
    List<Path> found = List.of();
    if (Files.isDirectory(dev)) {
      try (Stream<Path> s = Files.list(dev)) {
        found = s.filter(f -> f.getFileName().toString().endsWith(".txt")).filter(Files::isRegularFile)
            .sorted().toList();
      } catch (IOException e) {
        throw new InputException(dev, "cannot be listed (" + e.getMessage() + ")", e);
      }
    }
    if (found.isEmpty()) {
      throw new InputException(dev, "has no sample documents (*.txt); the demo needs the corpus/dev "
          + "folder of the Tarikh repository: run ./tarikh demo from the repository, or set -D"
          + HOME_PROPERTY + "=<repository>");
    }
    return found;
  }
}
