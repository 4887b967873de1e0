package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tarikh.Tarikh;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tarikh}: the top-level command; each job is a subcommand. */
@Command(name = "tarikh", mixinStandardHelpOptions = true,
    versionProvider = TarikhCommand.Version.class,
    description = "Turns narrative documents about states' international relations into a "
        + "sourced, bilingual chronicle of dated facts.",
    subcommands = {
        ExtractCommand.class,
        ScoreCommand.class,
        ReconcileCommand.class,
        ReportCommand.class,
        DemoCommand.class,
        BenchCommand.class,
        NormalizeCommand.class,
        LangsCommand.class,
        IngestCommand.class, SearchCommand.class, QueryCommand.class, StoreBenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class TarikhCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (extract, score, reconcile, report, demo, bench, normalize, langs)");
  }

  /** Builds the command line with Tarikh's exit codes and error handling. */
  public static CommandLine commandLine() {
    return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** Builds the command line writing its output and messages to the given writers (for tests). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new TarikhCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new Failures());
    cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Prints the version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tarikh " + Tarikh.version()};
    }
  }
}
