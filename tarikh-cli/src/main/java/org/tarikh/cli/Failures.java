package org.tarikh.cli;

import org.tarikh.lang.ResourceException;
import org.tarikh.lang.UnknownLanguageException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line and an exit code: usage errors (unknown language) 2,
 * anything else 1. The stack trace is printed only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean debug = parsed.expandedArgs().contains("--debug");
    if (ex instanceof UsageException || ex instanceof UnknownLanguageException) {
      cl.getErr().println("tarikh: " + ex.getMessage());
      cl.getErr().println("Try 'tarikh " + cl.getCommandName() + " --help'.");
      return CommandLine.ExitCode.USAGE;
    }
    String what = ex instanceof ResourceException ? "language resource error: " : "";
    cl.getErr().println("tarikh: " + what + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
    if (debug) {
      ex.printStackTrace(cl.getErr());
    } else {
      cl.getErr().println("(run again with --debug for details)");
    }
    return CommandLine.ExitCode.SOFTWARE;
  }
}
