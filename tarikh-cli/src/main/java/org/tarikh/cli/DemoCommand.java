package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the main job on the bundled sample documents.")
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'demo' is not available in this build yet");
  }
}
