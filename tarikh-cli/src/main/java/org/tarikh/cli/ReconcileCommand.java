package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tarikh.Tarikh;
import org.tarikh.align.Consistency;
import org.tarikh.align.Reconciler;
import org.tarikh.export.ChronicleCsv;
import org.tarikh.export.JsonLdProv;
import org.tarikh.export.TimelineJs;
import org.tarikh.io.FactsJson;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh reconcile}: aligns the facts of two or more documents (any languages), writes the
 * {@code tarikh/1-align} JSON, optional exports, and prints the consistency summary (conflicts
 * first, both sources quoted; then facts in both / only in one; then findings). Inputs are
 * documents (extracted with the standard pipeline) or {@code tarikh/1} JSON results.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Align the facts of two or more documents (any languages), flag conflicts, and export the reconciled chronicle.")
public final class ReconcileCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Alignment to write (schema tarikh/1-align).")
  Path out;

  @Option(names = "--timeline", paramLabel = "FILE", description = "Also write a TimelineJS JSON file.")
  Path timeline;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the reconciled chronicle as CSV.")
  Path csv;

  @Option(names = "--jsonld", paramLabel = "FILE", description = "Also write JSON-LD with PROV provenance.")
  Path jsonld;

  @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "" + Reconciler.DEFAULT_THRESHOLD,
      description = "Least score (0..1] for a link (default ${DEFAULT-VALUE}).")
  double threshold;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Two or more documents (text, HTML, DOCX, PDF) or tarikh/1 JSON results.")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (inputs.size() < 2) {
      throw new UsageException("reconcile needs at least two documents or results, got " + inputs.size());
    }
    if (threshold <= 0 || threshold > 1) {
      throw new UsageException("--threshold must be in (0, 1], not " + threshold);
    }
    List<DocumentResult> results = read();
    Alignment alignment = Reconciler.standard().withThreshold(threshold).reconcile(results);
    FactsJson.write(alignment, out);
    Consistency summary = Consistency.of(results, alignment);
    writeExports(results, summary);
    PrintWriter o = spec.commandLine().getOut();
    if (!common.quiet) {
      new ConsistencyPrinter(o).print(summary);
    }
    o.flush();
    return CommandLine.ExitCode.OK;
  }

  private List<DocumentResult> read() {
    Extraction extraction = new Extraction(input);
    List<DocumentResult> results = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path p : inputs) {
      DocumentResult r = ResultFiles.isJson(p) ? ResultFiles.read(p) : extract(extraction, p);
      if (!ids.add(r.doc().id())) {
        throw new UsageException(p + ": document id '" + r.doc().id() + "' is given twice");
      }
      results.add(r);
    }
    return results;
  }

  private static DocumentResult extract(Extraction extraction, Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException(p + ": no such file");
    }
    try {
      return extraction.run(p).result();
    } catch (InputException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private void writeExports(List<DocumentResult> results, Consistency summary) throws IOException {
    if (timeline != null) {
      LanguagePacks packs = LanguagePacks.standard();
      TimelineJs t = new TimelineJs(code -> packs.contains(code) ? packs.get(code).direction() : "auto");
      String title = "Reconciled chronicle: " + String.join(" · ", summary.docs());
      Files.writeString(timeline, FactsJson.mapper().writeValueAsString(t.toJson(summary, title)) + "\n",
          StandardCharsets.UTF_8);
    }
    if (csv != null) {
      Files.writeString(csv, ChronicleCsv.toString(summary), StandardCharsets.UTF_8);
    }
    if (jsonld != null) {
      Files.writeString(jsonld, FactsJson.mapper().writeValueAsString(
          JsonLdProv.toJson(results, summary, Tarikh.version())) + "\n", StandardCharsets.UTF_8);
    }
  }
}
