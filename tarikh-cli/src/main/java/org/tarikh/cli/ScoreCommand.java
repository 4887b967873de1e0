package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh score}. */
@Command(name = "score", mixinStandardHelpOptions = true, description = "Score predictions against gold annotations (FACTS.md scoring).")
public final class ScoreCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'score' is not available in this build yet");
  }
}
