package org.tarikh.cli;

/** A mistake in how a command was called; exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
