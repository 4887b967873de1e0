package org.tarikh.cli;

import picocli.CommandLine;

/** The only place that exits the JVM. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage). */
  public static int run(String... args) {
    CommandLine cl = TarikhCommand.commandLine();
    return cl.execute(args);
  }

  /** Runs the command line writing to the given writers; returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = TarikhCommand.commandLine(out, err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
