package org.tarikh.io;

import java.nio.file.Path;

/** A document that cannot be read: names the file and says why, in words a user understands. */
public final class InputException extends Exception {
  private final transient Path file;

  public InputException(Path file, String cause) {
    super(file + ": " + cause);
    this.file = file;
  }

  public InputException(Path file, String cause, Throwable t) {
    super(file + ": " + cause, t);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
