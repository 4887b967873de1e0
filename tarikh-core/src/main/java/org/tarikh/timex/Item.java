package org.tarikh.timex;

import java.util.Map;

/**
 * One unit the rules match on: a token, or several tokens that form one lexicon entry or one
 * number written in words. Offsets are UTF-16 indexes into the normalized text; {@code start}
 * is after any proclitic that was stripped.
 *
 * @param start first normalized char
 * @param end normalized char after the item
 * @param text the normalized text (without the clitic)
 * @param classes lexicon class to value
 * @param number numeric value, or {@code null}
 * @param digits number of digits when written in digits, else 0
 * @param upper whether the original starts with an upper-case letter
 * @param clitic the value of the stripped proclitic ({@code conj}, {@code prep}) or {@code null}
 */
record Item(int start, int end, String text, Map<String, String> classes, Long number,
            int digits, boolean upper, String clitic) {

  boolean has(String cls) {
    return classes.containsKey(cls);
  }

  boolean isDigits() {
    return digits > 0;
  }
}
