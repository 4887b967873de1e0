package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Finds gazetteer names in a token stream in one left-to-right pass: at each token it walks the
 * {@link NameTrie} (trying the token with and without its proclitics), keeps the longest form whose
 * case policy the original text satisfies, and continues after it. Hyphens inside a name are
 * optional ("Armenian- Azerbaijani" = "Armenian-Azerbaijani").
 */
final class NameScanner {
  private final NameTrie trie;
  private final Clitics clitics;

  NameScanner(NameTrie trie, Clitics clitics) {
    this.trie = trie;
    this.clitics = clitics;
  }

  static boolean isJoiner(Token t) {
    return t.kind() == Token.Kind.PUNCT && t.text().equals("-");
  }

  /**
   * A name found: its first and last token and the match (whose start may skip a clitic).
   */
  record Found(int firstToken, int lastToken, Match match) {
  }

  /** Longest names, left to right; {@code covered} (if not null) gets the tokens they span. */
  List<Found> scan(AlignedText text, List<Token> tokens, boolean[] covered) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Hit best = tokens.get(i).kind() == Token.Kind.WORD || tokens.get(i).kind() == Token.Kind.NUMBER
          ? longestAt(text, tokens, i) : null;
      if (best == null) {
        i++;
        continue;
      }
      out.add(new Found(i, best.lastToken, Match.of(tokens.get(i).start() + best.skip,
          tokens.get(best.lastToken).end(), best.id)));
      for (int k = i; covered != null && k <= best.lastToken; k++) {
        covered[k] = true;
      }
      i = best.lastToken + 1;
    }
    return out;
  }

  private record Hit(int lastToken, int skip, String id) {
  }

  private Hit longestAt(AlignedText text, List<Token> tokens, int i) {
    Hit best = null;
    for (Clitics.Variant v : clitics.variants(tokens.get(i).text())) {
      NameTrie.Node node = trie.root().step(v.form());
      int start = tokens.get(i).start() + v.skip();
      int j = i;
      while (node != null) {
        String id = accepted(node, text, start, tokens.get(j).end());
        if (id != null && (best == null || j > best.lastToken)) {
          best = new Hit(j, v.skip(), id);
        }
        j = nextWord(tokens, j);
        node = j < 0 ? null : node.step(tokens.get(j).text());
      }
    }
    return best;
  }

  private static String accepted(NameTrie.Node node, AlignedText text, int start, int end) {
    for (NameEntry e : node.entries()) {
      if (e.casePolicy().accepts(text, start, end)) {
        return e.id();
      }
    }
    return null;
  }

  /** Index of the next token after {@code j}, stepping over one joiner; -1 at the end. */
  private static int nextWord(List<Token> tokens, int j) {
    int k = j + 1;
    if (k < tokens.size() && isJoiner(tokens.get(k))) {
      k++;
    }
    return k < tokens.size() ? k : -1;
  }
}
