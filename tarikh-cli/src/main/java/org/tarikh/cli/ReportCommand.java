package org.tarikh.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.align.Reconciler;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.report.ChronicleInput;
import org.tarikh.report.ChronicleReport;
import org.tarikh.report.SourcedResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh report}: writes {@code DIR/index.html}, the self-contained chronicle of documents
 * or of their results. The alignment is the one given (files or {@code --align}); without one, two
 * or more documents are reconciled unless {@code --no-align}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write DIR/index.html: the self-contained HTML chronicle of documents, or of "
        + "tarikh/1 results (with tarikh/1-align alignments).")
public final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  Path out;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder with <docid>.txt, the texts of results that do not carry their text.")
  Path corpus;

  @Option(names = "--align", paramLabel = "FILE", description = "A tarikh/1-align file (repeatable).")
  List<Path> alignFiles = new ArrayList<>();

  @Option(names = "--no-align", description = "Do not reconcile the documents when no alignment is given.")
  boolean noAlign;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Documents (text, HTML, DOCX, PDF), tarikh/1 results or tarikh/1-align files, or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    ReportSources sources = ReportSources.read(paths, corpus, new Extraction(input));
    if (sources.documents().isEmpty()) {
      throw new UsageException("no document or tarikh/1 result among the paths given");
    }
    List<Alignment> alignments = new ArrayList<>(sources.alignments());
    for (Path f : alignFiles) {
      alignments.add(FactsJson.readAlignment(f));
    }
    List<DocumentResult> results = sources.documents().stream().map(SourcedResult::result).toList();
    Alignment alignment = alignment(alignments, results);
    Path index = ChronicleReport.write(new ChronicleInput(sources.documents(), alignment), out);
    if (!common.quiet) {
      ChronicleSummary.print(spec.commandLine().getOut(), index, results, alignment);
    }
    return 0;
  }

  private Alignment alignment(List<Alignment> given, List<DocumentResult> results) {
    if (!given.isEmpty()) {
      return Alignment.merge(given);
    }
    return results.size() < 2 || noAlign ? null : Reconciler.standard().reconcile(results);
  }
}
