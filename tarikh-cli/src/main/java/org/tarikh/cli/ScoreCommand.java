package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.eval.ScoreReport;
import org.tarikh.eval.Scorer;
import org.tarikh.io.FactsJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarikh score}: scores the predictions of a folder against the gold of another, as
 * FACTS.md "Scoring" defines (see {@link Scorer}), and prints one line per figure
 * ({@code <set> <metric> <value>}) or, with {@code --json}, one JSON object
 * {@code {set: {metric: value}}}. Sets are the languages of the gold documents, then {@code all}.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score predictions against gold annotations (FACTS.md scoring).",
    footer = {"", "Prints '<set> <metric> <value>' per figure; sets are the gold's languages and 'all'. "
        + "Counts are summed over documents (micro-average). A figure with nothing to divide by "
        + "(no gold and no prediction) is 0.0000. A gold document without prediction scores as empty."})
public final class ScoreCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder of the documents (<docid>.txt ...), to resolve gold spans given as text + occurrence.")
  Path corpus;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Gold folder: <docid>.json (tarikh/1) and an optional align.json (tarikh/1-align).")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR",
      description = "Predictions: <docid>.json (tarikh/1); any *.json with schema tarikh/1-align is the predicted alignment.")
  Path pred;

  @Option(names = "--json", description = "Print one JSON object instead of lines.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScoreInputs in = ScoreInputs.read(corpus, gold, pred, w -> {
      if (!common.quiet) {
        err.println("tarikh: note: " + w);
      }
    });
    ScoreReport report = Scorer.score(in.documents(), in.goldAlignment(), in.predAlignment());
    if (json) {
      out.println(FactsJson.mapper().writeValueAsString(report.asMap()));
    } else {
      report.lines().forEach(out::println);
    }
    out.flush();
    err.flush();
    return CommandLine.ExitCode.OK;
  }
}
