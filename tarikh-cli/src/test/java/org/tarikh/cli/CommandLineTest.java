package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tarikh.Tarikh;

/** Help and version work for the top-level command and every subcommand. */
class CommandLineTest {
  static List<String> subcommands() {
    return TarikhCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everyCommandHasHelp(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: tarikh " + command).contains("--help");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("extract", "score", "bench", "langs");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("tarikh " + Tarikh.version());
    assertThat(Cli.run("score", "--version").out()).contains(Tarikh.version());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("name a command");
  }
}
