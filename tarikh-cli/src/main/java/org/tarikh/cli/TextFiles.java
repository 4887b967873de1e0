package org.tarikh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tarikh.formats.Formats;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;

/**
 * Reads one input file into text with the first {@link Formats} reader that accepts it (by name
 * or by its first bytes). Every failure is an {@link InputException} naming the file and the
 * cause: missing, too large, unreadable, empty, binary, not UTF-8, a broken DOCX or PDF.
 */
final class TextFiles {
  private static final int HEAD = 8192;
  private static final List<DocumentReader> READERS = Formats.readers();

  private TextFiles() {
  }

  static ExtractedText read(Path file, long maxBytes) throws InputException {
    byte[] bytes = bytes(file, maxBytes);
    byte[] head = Arrays.copyOf(bytes, Math.min(HEAD, bytes.length));
    for (DocumentReader r : READERS) {
      if (r.accepts(file, head)) {
        return r.read(file, bytes);
      }
    }
    throw new InputException(file, "no reader for this file");
  }

  private static byte[] bytes(Path file, long maxBytes) throws InputException {
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(file, "is a folder, not a file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, String.format(java.util.Locale.ROOT,
            "is %.1f MB, over the limit of %d MB (raise it with --max-mb)", size / 1e6, maxBytes / 1_000_000));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file, "no such file");
    } catch (IOException e) {
      throw new InputException(file, "cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      throw new InputException(file, "is too large for the memory available (raise -Xmx or split it)");
    }
  }
}
