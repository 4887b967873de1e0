package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput of the pipeline stages.")
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'bench' is not available in this build yet");
  }
}
