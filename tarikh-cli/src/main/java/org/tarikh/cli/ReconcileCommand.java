package org.tarikh.cli;

import picocli.CommandLine.Command;

/** {@code tarikh reconcile}. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, description = "Align the facts of two or more documents and flag conflicts.")
public final class ReconcileCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("'reconcile' is not available in this build yet");
  }
}
