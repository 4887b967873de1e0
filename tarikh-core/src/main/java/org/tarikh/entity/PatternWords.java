package org.tarikh.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * The word classes that name patterns refer to ({@code <ordinal>}, {@code <gathering>},
 * {@code <boundary>} ...), read from the pack's optional {@code entities/pattern-words.tsv}
 * (columns {@code class}, {@code words} separated by {@code |}, optional {@code value}, the
 * form a word takes in an id, "IV" → "4th", and optional {@code case}). A word may be several
 * tokens ("armed forces").
 */
final class PatternWords {
  /** A phrase of a class found in the text: its last token and the value it stands for. */
  record Hit(int lastToken, String value) {
  }

  private final Map<String, NameTrie> classes;

  private PatternWords(Map<String, NameTrie> classes) {
    this.classes = classes;
  }

  static PatternWords load(LanguagePack pack) {
    Map<String, NameTrie> classes = new HashMap<>();
    pack.optionalTable("entities/pattern-words.tsv", "class", "words").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        NameTrie trie = classes.computeIfAbsent(r.require("class"), k -> new NameTrie());
        String caseCell = Cells.optional(t, r, "case");
        for (String w : r.require("words").split("\\|")) {
          String word = w.strip();
          String value = Cells.optional(t, r, "value");
          CasePolicy policy = CasePolicy.of(caseCell.isEmpty() ? "any" : caseCell, word);
          trie.add(PackNames.keyOf(word), new NameEntry(value.isEmpty() ? word : value, policy, 0));
        }
      }
    });
    return new PatternWords(Map.copyOf(classes));
  }

  boolean has(String cls) {
    return classes.containsKey(cls);
  }

  /** The normalized first tokens the phrases of a class can start with. */
  Set<String> firstTokens(String cls) {
    return classes.get(cls).firstTokens();
  }

  /** The longest phrase of a class starting at token {@code i} with this first form, or null. */
  Hit longest(String cls, AlignedText text, List<Token> tokens, int i, String firstForm, int skip) {
    NameTrie.Node node = classes.get(cls).root().step(firstForm);
    Hit best = null;
    int j = i;
    while (node != null) {
      for (NameEntry e : node.entries()) {
        if (e.casePolicy().accepts(text, tokens.get(i).start() + skip, tokens.get(j).end())) {
          best = new Hit(j, e.id());
          break;
        }
      }
      j++;
      if (j < tokens.size() && NameScanner.isJoiner(tokens.get(j))) {
        j++;
      }
      node = j < tokens.size() ? node.step(tokens.get(j).text()) : null;
    }
    return best;
  }

  /** Whether a single normalized word belongs to a class. */
  boolean contains(String cls, String word) {
    NameTrie trie = classes.get(cls);
    if (trie == null) {
      return false;
    }
    NameTrie.Node n = trie.root().step(word);
    return n != null && !n.entries().isEmpty();
  }
}
