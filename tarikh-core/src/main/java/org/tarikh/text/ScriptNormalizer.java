package org.tarikh.text;

/**
 * Offset-preserving normalization for matching. It works per script, not per language, so any
 * language written in the Arabic or Latin script gets it for free:
 * <ul>
 *   <li>Arabic script: tatweel and harakat (fathatan..sukun, superscript alef) removed; alef
 *   variants (أ إ آ ٱ) to ا; alef maqsura ى to ي; ta marbuta ة to ه; hamza on waw/ya (ؤ ئ) to
 *   و/ي; Persian keheh/yeh to Arabic kaf/ya; the lam-alef ligatures expanded.</li>
 *   <li>Digits of every decimal system (Arabic-Indic, Extended Arabic-Indic, ...) to ASCII.</li>
 *   <li>Latin: lower case by code point (so {@code İ} becomes {@code i}, one for one), Latin
 *   letters with diacritics kept; typographic quotes and apostrophes to {@code '} and
 *   {@code "}; every dash and minus to {@code -}; no-break and other spaces to a space.</li>
 * </ul>
 * Every normalized char records the original range it came from (see {@link AlignedText}).
 */
public final class ScriptNormalizer {
  private ScriptNormalizer() {
  }

  public static AlignedText align(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 4];
    int[] ends = new int[n + 4];
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      String mapped = map(cp);
      for (int k = 0; k < mapped.length(); k++) {
        int at = out.length();
        if (at >= starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        }
        starts[at] = i;
        ends[at] = i + len;
        out.append(mapped.charAt(k));
      }
      i += len;
    }
    int m = out.length();
    return new AlignedText(text, out.toString(), java.util.Arrays.copyOf(starts, m),
        java.util.Arrays.copyOf(ends, m));
  }

  /** Normalizes a string without keeping the alignment (gazetteer and lexicon entries). */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.append(map(cp)));
    return out.toString();
  }

  private static final String EMPTY = "";

  /** The replacement of one code point: usually one char, empty for deleted marks. */
  static String map(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
    }
    if (cp >= 0x0600 && cp <= 0x06FF || cp >= 0xFB50 && cp <= 0xFEFF) {
      return arabic(cp);
    }
    int digit = Character.digit(cp, 10);
    if (digit >= 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
      return String.valueOf((char) ('0' + digit));
    }
    switch (cp) {
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4, 0x0060:
        return "'";
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033:
        return "\"";
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
        return "-";
      case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x2002, 0x2003, 0x3000:
        return " ";
      case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069, 0x202A,
          0x202B, 0x202C, 0x202D, 0x202E, 0x00AD:
        return EMPTY;
      case 0x0130:
        return "i";
      default:
        break;
    }
    return new String(Character.toChars(Character.toLowerCase(cp)));
  }

  private static String arabic(int cp) {
    if (cp >= 0x0660 && cp <= 0x0669) {
      return String.valueOf((char) ('0' + cp - 0x0660));
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return String.valueOf((char) ('0' + cp - 0x06F0));
    }
    if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp == 0x0640
        || cp >= 0x0610 && cp <= 0x061A || cp >= 0x06D6 && cp <= 0x06ED) {
      return EMPTY; // harakat, Quranic marks, superscript alef, tatweel
    }
    switch (cp) {
      case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
        return "\u0627";
      case 0x0649, 0x06CC, 0x06D2:
        return "\u064A";
      case 0x0626:
        return "\u064A";
      case 0x0624:
        return "\u0648";
      case 0x0629:
        return "\u0647";
      case 0x06A9:
        return "\u0643";
      case 0x066B:
        return ".";
      case 0x066C:
        return ",";
      case 0x060C:
        return ",";
      case 0x061B:
        return ";";
      case 0x061F:
        return "?";
      case 0xFEFB, 0xFEFC:
        return "\u0644\u0627";
      case 0xFEF5, 0xFEF6, 0xFEF7, 0xFEF8, 0xFEF9, 0xFEFA:
        return "\u0644\u0627";
      default:
        break;
    }
    if (cp >= 0xFB50) {
      String nfkc = java.text.Normalizer.normalize(new String(Character.toChars(cp)),
          java.text.Normalizer.Form.NFKC);
      StringBuilder b = new StringBuilder();
      nfkc.codePoints().forEach(c -> b.append(c == cp ? new String(Character.toChars(c)) : arabic(c)));
      return b.toString();
    }
    return String.valueOf((char) cp);
  }
}
