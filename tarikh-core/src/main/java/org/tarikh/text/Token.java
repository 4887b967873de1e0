package org.tarikh.text;

/**
 * A token of the normalized text: {@code [start, end)} are UTF-16 indexes into
 * {@link AlignedText#normalized()}; map them with {@link AlignedText#toOriginal(int, int)}.
 */
public record Token(int start, int end, Kind kind, String text) {
  /** What a token is made of. */
  public enum Kind {
    /** Letters and combining marks (one script run). */
    WORD,
    /** ASCII digits (after digit folding). */
    NUMBER,
    /** Any other single non-space character. */
    PUNCT
  }
}
