package org.tarikh.entity;

import java.util.List;
import org.tarikh.text.Token;

/**
 * The free-word elements of name patterns: a {@code <tail>} (words up to punctuation or a word of
 * class {@code boundary}; a comma is stepped over when a word of class {@code continue} follows it)
 * and a {@code <title>} (capitalised words, hyphens and, before another capitalised word, words
 * of class {@code connector}: "the Rights of the Child"; commas before a capitalised word the
 * gazetteer does not know: "Economic, Social and Cultural Rights"; never into a gazetteer name of the
 * pattern's kind: "... Disabilities and the Convention against Torture" stops before "and").
 */
final class Spans {
  private Spans() {
  }

  /** The token after a tail starting at {@code k}, or -1 when there is no word there. */
  static int tail(PatternRun.Doc doc, int k) {
    List<Token> tokens = doc.tokens();
    int words = 0;
    int end = -1;
    int j = k;
    while (j < tokens.size() && words < NamePattern.MAX_TAIL) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        if (words > 0 && (NameScanner.isJoiner(t) || t.text().equals(",") && continues(doc, j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind() == Token.Kind.WORD && doc.words().contains("boundary", t.text())) {
        break;
      }
      words++;
      j++;
      end = j;
    }
    return end;
  }

  private static boolean continues(PatternRun.Doc doc, int j) {
    if (j >= doc.tokens().size()) {
      return false;
    }
    for (Clitics.Variant v : doc.clitics().variants(doc.tokens().get(j).text())) {
      if (doc.words().contains("continue", v.form())) {
        return true;
      }
    }
    return false;
  }

  /** The token after a title starting at {@code k}, or -1 when {@code k} is not capitalised. */
  static int title(PatternRun.Doc doc, int k, org.tarikh.model.EntityKind kind) {
    List<Token> tokens = doc.tokens();
    int j = k;
    while (j < tokens.size() && !capitalised(doc, j) && j - k < 2
        && doc.words().contains("connector", tokens.get(j).text())) {
      j++;
    }
    if (!capitalised(doc, j)) {
      return -1;
    }
    j++;
    while (j < tokens.size()) {
      if ((NameScanner.isJoiner(tokens.get(j)) && j + 1 < tokens.size()
          && tokens.get(j + 1).kind() == Token.Kind.WORD)
          || tokens.get(j).text().equals(",") && capitalised(doc, j + 1) && doc.kindAt(j + 1) == null) {
        j += 2;
      } else if (capitalised(doc, j)) {
        j++;
      } else {
        int c = j;
        while (c < tokens.size() && tokens.get(c).kind() == Token.Kind.WORD
            && doc.words().contains("connector", tokens.get(c).text())) {
          c++;
        }
        if (c == j || !capitalised(doc, c) || doc.kindAt(c) == kind) {
          break;
        }
        j = c + 1;
      }
    }
    return j;
  }

  private static boolean capitalised(PatternRun.Doc doc, int k) {
    if (k >= doc.tokens().size()) {
      return false;
    }
    Token t = doc.tokens().get(k);
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(doc.text().originalCharAt(t.start()));
  }
}
