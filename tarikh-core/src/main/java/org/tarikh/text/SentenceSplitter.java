package org.tarikh.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence segmentation with ICU's rules, corrected by a language's abbreviation list (ICU splits
 * after Arabic "د." and English "No.") and by how narrative documents wrap lines: a blank line
 * always ends a sentence, a single line break ends one only after terminal punctuation.
 * Thread-safe: the ICU iterator is cloned per call.
 */
public final class SentenceSplitter {
  private final BreakIterator prototype;
  private final Set<String> abbreviations; // lower case, without the final dot

  public SentenceSplitter(String languageCode, Set<String> abbreviations) {
    this.prototype = BreakIterator.getSentenceInstance(new ULocale(languageCode));
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public List<Sentence> split(String text) {
    String prepared = joinWrappedLines(text);
    BreakIterator it = (BreakIterator) prototype.clone();
    it.setText(prepared);
    List<Sentence> out = new ArrayList<>();
    int start = it.first();
    int pendingStart = -1;
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = pendingStart >= 0 ? pendingStart : start;
      if (endsWithAbbreviation(prepared, start, end) && hasMoreText(prepared, end)) {
        pendingStart = s;
        continue;
      }
      pendingStart = -1;
      add(out, text, s, end);
    }
    if (pendingStart >= 0) {
      add(out, text, pendingStart, text.length());
    }
    return out;
  }

  private static void add(List<Sentence> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e));
    }
  }

  private static boolean hasMoreText(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return false;
      }
      if (!Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithAbbreviation(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == start || text.charAt(e - 1) != '.') {
      return false;
    }
    int w = e - 1;
    while (w > start && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = ScriptNormalizer.normalize(text.substring(w, e - 1)).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (abbreviations.contains(word)) {
      return true;
    }
    // Initials such as "J." or "U.N" are abbreviations too.
    return word.length() == 1 && Character.isLetter(word.charAt(0))
        || word.matches("(\\p{L}\\.)+\\p{L}");
  }

  /** Replaces a single line break inside a sentence by a space; offsets do not move. */
  static String joinWrappedLines(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] != '\n') {
        continue;
      }
      boolean blankNext = i + 1 < chars.length && (chars[i + 1] == '\n' || chars[i + 1] == '\r');
      boolean blankPrev = i > 0 && (chars[i - 1] == '\n' || chars[i - 1] == '\r');
      if (blankNext || blankPrev) {
        continue;
      }
      int p = i - 1;
      while (p >= 0 && (chars[p] == ' ' || chars[p] == '\t' || chars[p] == '\r')) {
        p--;
      }
      if (p >= 0 && !isTerminal(chars[p])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == ':'
        || c == '"' || c == '\u201D' || c == '\u00BB' || c == ')' || c == '\u3002';
  }
}
