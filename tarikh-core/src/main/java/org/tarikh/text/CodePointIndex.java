package org.tarikh.text;

/**
 * Converts between UTF-16 indexes of a Java string and Unicode code point offsets.
 * For text without supplementary characters the conversion is the identity and costs nothing.
 */
public final class CodePointIndex {
  private final int[] charToCp; // null when the text has no surrogate pairs
  private final int[] cpToChar;
  private final int charLength;

  public CodePointIndex(String text) {
    this.charLength = text.length();
    int cps = text.codePointCount(0, charLength);
    if (cps == charLength) {
      charToCp = null;
      cpToChar = null;
      return;
    }
    charToCp = new int[charLength + 1];
    cpToChar = new int[cps + 1];
    int cp = 0;
    for (int i = 0; i < charLength; i++) {
      charToCp[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cpToChar[cp] = i;
        cp++;
      }
    }
    charToCp[charLength] = cp;
    cpToChar[cp] = charLength;
  }

  /** Code point offset of a UTF-16 index (an index inside a pair maps to its code point). */
  public int toCodePoint(int charIndex) {
    return charToCp == null ? charIndex : charToCp[charIndex];
  }

  /** UTF-16 index of a code point offset. */
  public int toChar(int codePoint) {
    return cpToChar == null ? codePoint : cpToChar[codePoint];
  }

  public int codePointLength() {
    return charToCp == null ? charLength : charToCp[charLength];
  }
}
