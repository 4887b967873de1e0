package org.tarikh.text;

import org.tarikh.model.Span;

/**
 * A normalized view of a text that remembers, for every normalized character, where it came
 * from. Rules match on {@link #normalized()}; every span they report goes through
 * {@link #toOriginal(int, int)} so that users only ever see code points of the original.
 */
public final class AlignedText {
  private final String original;
  private final String normalized;
  private final int[] origStart; // per normalized char: UTF-16 index in original where it starts
  private final int[] origEnd;   // per normalized char: UTF-16 index in original after it
  private final CodePointIndex cpIndex;

  AlignedText(String original, String normalized, int[] origStart, int[] origEnd) {
    this.original = original;
    this.normalized = normalized;
    this.origStart = origStart;
    this.origEnd = origEnd;
    this.cpIndex = new CodePointIndex(original);
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  public CodePointIndex codePoints() {
    return cpIndex;
  }

  /** UTF-16 index in the original where the normalized char at {@code i} starts. */
  public int originalCharStart(int i) {
    return i < normalized.length() ? origStart[i] : original.length();
  }

  /** UTF-16 index in the original just after the normalized char at {@code i}. */
  public int originalCharEnd(int i) {
    return origEnd[i];
  }

  /** The original character (UTF-16 unit) that normalized char {@code i} came from. */
  public char originalCharAt(int i) {
    return original.charAt(origStart[i]);
  }

  /** Maps a normalized range {@code [start, end)} to a code-point span of the original. */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end > normalized.length() || end < start) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + normalized.length());
    }
    if (start == end) {
      int at = cpIndex.toCodePoint(originalCharStart(start));
      return new Span(at, at);
    }
    int s = origStart[start];
    int e = origEnd[end - 1];
    return new Span(cpIndex.toCodePoint(s), cpIndex.toCodePoint(e));
  }

  /** The original text of a code-point span. */
  public String originalText(Span span) {
    return original.substring(cpIndex.toChar(span.start()), cpIndex.toChar(span.end()));
  }

  /** Normalized index of the first normalized char whose origin starts at or after UTF-16 index. */
  public int fromOriginalChar(int charIndex) {
    return Sorted.firstAtLeast(normalized.length(), i -> origStart[i], charIndex);
  }

  /** Normalized range covering a code-point span of the original. */
  public int[] fromOriginal(Span span) {
    int s = fromOriginalChar(cpIndex.toChar(span.start()));
    int e = fromOriginalChar(cpIndex.toChar(span.end()));
    return new int[] {s, e};
  }
}
