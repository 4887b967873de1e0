package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh normalize}. */
@Command(name = "normalize", mixinStandardHelpOptions = true, description = "Normalize one temporal phrase per line from standard input.")
public final class NormalizeCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'normalize' is not available in this build yet");
  }
}
