package org.tarikh.report;

/** The inputs of a report do not fit together (a text that is not the result's, a bad path). */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }
}
