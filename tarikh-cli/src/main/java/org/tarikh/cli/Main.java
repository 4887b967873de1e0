package org.tarikh.cli;

import picocli.CommandLine;

/** The only place that exits the JVM. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * POI logs through the Log4j API, which complains on standard error when no logging backend
   * is present. Tarikh reports problems itself, so the library's logging is silenced unless the
   * user configured a Log4j context factory.
   */
  static void quietLibraryLogging() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR"); // sqlite-jdbc's "no SLF4J providers" notice
    }
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    }
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage). */
  public static int run(String... args) {
    quietLibraryLogging();
    CommandLine cl = TarikhCommand.commandLine();
    return cl.execute(args);
  }

  /** Runs the command line writing to the given writers; returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    quietLibraryLogging();
    CommandLine cl = TarikhCommand.commandLine(out, err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
