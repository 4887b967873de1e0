package org.tarikh.io;

import java.nio.file.Path;

/** Turns one kind of file into text. Implementations are stateless and thread-safe. */
public interface DocumentReader {
  /** Whether this reader handles the file (by its name, or by its first bytes). */
  boolean accepts(Path file, byte[] head);

  ExtractedText read(Path file, byte[] content) throws InputException;
}
