package org.tarikh.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads UTF-8 text strictly: a byte-order mark is removed, invalid UTF-8 and binary content
 * (NUL bytes) are errors that say where the problem is, and UTF-16 files (recognised by their
 * BOM) are decoded as such.
 */
public final class PlainTextReader implements DocumentReader {
  @Override
  public boolean accepts(Path file, byte[] head) {
    return true;
  }

  @Override
  public ExtractedText read(Path file, byte[] content) throws InputException {
    return new ExtractedText(decode(file, content), "text", null);
  }

  /** Decodes a file's bytes as UTF-8 (or UTF-16 with a BOM), BOM removed. */
  public static String decode(Path file, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(file, "the file is empty");
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      String s = new String(bytes, StandardCharsets.UTF_16);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new InputException(file, "looks binary, not text (a NUL byte at byte " + nul
          + "); give a UTF-8 text, HTML, DOCX or PDF file");
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String s;
    try {
      s = dec.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file, "is not valid UTF-8 (bad byte near offset " + in.position()
          + "); convert it to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8");
    }
    String text = s.startsWith("\uFEFF") ? s.substring(1) : s;
    if (text.isBlank()) {
      throw new InputException(file, "has no text (only white space)");
    }
    return text;
  }

  private static int indexOfNul(byte[] b) {
    int limit = Math.min(b.length, 1 << 20);
    for (int i = 0; i < limit; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
