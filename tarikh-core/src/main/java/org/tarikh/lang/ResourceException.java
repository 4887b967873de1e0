package org.tarikh.lang;

/**
 * A language resource that cannot be used: names the file, the line (0 when the whole file is
 * at fault) and the cause.
 */
public final class ResourceException extends RuntimeException {
  private final String file;
  private final int line;

  public ResourceException(String file, int line, String cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + cause);
    this.file = file;
    this.line = line;
  }

  public ResourceException(String file, int line, String cause, Throwable t) {
    super(file + (line > 0 ? ":" + line : "") + ": " + cause, t);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
