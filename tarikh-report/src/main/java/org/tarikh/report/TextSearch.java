package org.tarikh.report;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Span;

/**
 * Finds a literal in a range of a text, in code points. Decimal digits of any script match the
 * digit of the same value ({@code 822} is found in text written {@code ٨٢٢}); with {@code whole}
 * set, a match must not continue a word on either side.
 */
final class TextSearch {
  private final int[] codePoints;

  TextSearch(String text) {
    this.codePoints = text.codePoints().toArray();
  }

  /** Every non-overlapping occurrence of {@code needle} inside {@code [from, to)} (code points). */
  List<Span> find(String needle, int from, int to, boolean whole) {
    List<Span> out = new ArrayList<>();
    if (needle == null || needle.isEmpty()) {
      return out;
    }
    int[] want = needle.codePoints().toArray();
    int[] have = java.util.Arrays.copyOfRange(codePoints, Math.max(0, from),
        Math.max(Math.max(0, from), Math.min(to, codePoints.length)));
    int i = 0;
    while (i + want.length <= have.length) {
      if (matchesAt(have, i, want) && (!whole || isWholeWord(have, i, want.length))) {
        out.add(new Span(from + i, from + i + want.length));
        i += want.length;
      } else {
        i++;
      }
    }
    return out;
  }

  int length() {
    return codePoints.length;
  }

  private static boolean matchesAt(int[] have, int at, int[] want) {
    for (int k = 0; k < want.length; k++) {
      if (!same(have[at + k], want[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(int a, int b) {
    if (a == b) {
      return true;
    }
    int da = Character.digit(a, 10);
    return da >= 0 && da == Character.digit(b, 10);
  }

  private static boolean isWholeWord(int[] have, int at, int length) {
    boolean before = at > 0 && Character.isLetterOrDigit(have[at - 1]);
    boolean after = at + length < have.length && Character.isLetterOrDigit(have[at + length]);
    return !before && !after;
  }
}
