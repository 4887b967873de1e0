package org.tarikh.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
  boolean quiet;
}
