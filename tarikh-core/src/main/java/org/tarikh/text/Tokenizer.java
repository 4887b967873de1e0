package org.tarikh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into words, numbers and single punctuation marks. It over-tokenizes
 * on purpose: {@code "44-day"} is {@code 44 | - | day}, {@code "الـ٤٦"} is {@code الـ | 46};
 * rules put tokens back together. Words never mix scripts, so {@code "و2000"} is two tokens.
 */
public final class Tokenizer {
  private Tokenizer() {
  }

  public static List<Token> tokenize(String normalized) {
    List<Token> tokens = new ArrayList<>(normalized.length() / 4 + 4);
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      char c = normalized.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (c >= '0' && c <= '9') {
        while (i < n && normalized.charAt(i) >= '0' && normalized.charAt(i) <= '9') {
          i++;
        }
        kind = Token.Kind.NUMBER;
      } else if (isWordChar(normalized, i)) {
        boolean arabic = isArabic(c);
        while (i < n && isWordChar(normalized, i) && isArabic(normalized.charAt(i)) == arabic) {
          i += Character.charCount(normalized.codePointAt(i));
        }
        kind = Token.Kind.WORD;
      } else {
        i += Character.charCount(normalized.codePointAt(i));
        kind = Token.Kind.PUNCT;
      }
      tokens.add(new Token(start, i, kind, normalized.substring(start, i)));
    }
    return tokens;
  }

  private static boolean isWordChar(String s, int i) {
    int cp = s.codePointAt(i);
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isArabic(char c) {
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF;
  }
}
