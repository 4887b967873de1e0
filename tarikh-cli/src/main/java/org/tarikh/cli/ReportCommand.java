package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh report}. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the HTML chronicle of documents.")
public final class ReportCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'report' is not available in this build yet");
  }
}
