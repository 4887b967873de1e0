package org.tarikh.entity;

import java.util.Locale;
import org.tarikh.text.AlignedText;

/**
 * What the original text's letter case must look like for a name to count. Matching runs on the
 * lower-cased normalized view, so "who" and "WHO" both reach the gazetteer; the policy, read from
 * the {@code case} column of a name file (or derived from how the name is written there), looks at
 * the original characters. Letters without case (Arabic) pass every policy.
 */
enum CasePolicy {
  /** Any case. */
  ANY,
  /** The first letter must not be lower case ("Baku", not "baku"). */
  INITIAL,
  /** No letter may be lower case (acronyms: "WHO", never "who"). */
  UPPER;

  /** The policy a cell names, or the one its written form implies when the cell is empty. */
  static CasePolicy of(String cell, String written) {
    if (!cell.isEmpty()) {
      return valueOf(cell.toUpperCase(Locale.ROOT));
    }
    return isAllUpper(written) ? UPPER : INITIAL;
  }

  private static boolean isAllUpper(String written) {
    int upper = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /** Whether the original characters behind normalized range {@code [start, end)} comply. */
  boolean accepts(AlignedText text, int start, int end) {
    switch (this) {
      case INITIAL:
        return !Character.isLowerCase(text.originalCharAt(firstLetter(text, start, end)));
      case UPPER:
        for (int i = start; i < end; i++) {
          if (Character.isLowerCase(text.originalCharAt(i))) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }

  private static int firstLetter(AlignedText text, int start, int end) {
    String n = text.normalized();
    for (int i = start; i < end; i++) {
      if (Character.isLetter(n.charAt(i))) {
        return i;
      }
    }
    return start;
  }
}
