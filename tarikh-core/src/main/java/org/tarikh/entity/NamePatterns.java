package org.tarikh.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Names built by a pattern rather than listed: "IV World Forum on intercultural dialogue",
 * "Convention on the Rights of Persons with Disabilities", "القوات المسلحة لأرمينيا". Reads the
 * pack's optional {@code entities/patterns.tsv} (columns {@code kind}, {@code pattern}, optional
 * {@code id} and {@code lookup}; see {@link NamePattern}) and the word classes of
 * {@link PatternWords}. Runs after the gazetteer, whose names it can refer to ({@code @state},
 * {@code @org}); left to right, the longest match at a token wins. A name given a known id
 * replaces the gazetteer names inside it (as a longer gazetteer name would); a name made by a
 * template keeps them.
 */
final class NamePatterns {
  private final Map<String, List<NamePattern>> byFirst;
  private final List<NamePattern> byRef;
  private final PatternWords words;
  private final Clitics clitics;
  private final PatternIds ids;

  private NamePatterns(Map<String, List<NamePattern>> byFirst, List<NamePattern> byRef,
      PatternWords words, Clitics clitics, PatternIds ids) {
    this.byFirst = byFirst;
    this.byRef = byRef;
    this.words = words;
    this.clitics = clitics;
    this.ids = ids;
  }

  static NamePatterns load(LanguagePack pack, Clitics clitics, PatternIds ids) {
    PatternWords words = PatternWords.load(pack);
    Map<String, List<NamePattern>> byFirst = new HashMap<>();
    List<NamePattern> byRef = new ArrayList<>();
    pack.optionalTable("entities/patterns.tsv", "kind", "pattern").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        NamePattern p = NamePattern.parse(t, r, words);
        NamePattern.Element first = p.elements().get(0);
        if (first instanceof NamePattern.Literal l) {
          byFirst.computeIfAbsent(l.word(), k -> new ArrayList<>()).add(p);
        } else if (first instanceof NamePattern.WordClass w) {
          words.firstTokens(w.cls()).forEach(f -> byFirst.computeIfAbsent(f, k -> new ArrayList<>()).add(p));
        } else {
          byRef.add(p);
        }
      }
    });
    return new NamePatterns(byFirst, byRef, words, clitics, ids);
  }

  /**
   * Pattern names over the tokens; marks the tokens of their name parts in {@code covered} and
   * the tokens of their literals and class words in {@code fixed}.
   */
  List<Match> find(AlignedText text, List<Token> tokens, boolean[] covered, List<NameScanner.Found> found,
      java.util.BitSet fixed) {
    List<Match> out = new ArrayList<>();
    if (byFirst.isEmpty() && byRef.isEmpty()) {
      return out;
    }
    PatternRun.Doc doc = new PatternRun.Doc(text, tokens, covered, found, words, clitics);
    int i = 0;
    while (i < tokens.size()) {
      PatternRun best = bestAt(doc, i);
      Match m = best == null ? null : ids.match(best);
      if (m == null) {
        i++;
        continue;
      }
      out.add(m);
      fixed.or(best.fixedTokens());
      if (best.known()) {
        fixed.set(best.nameFirst(), best.nameLast() + 1);
      }
      for (int k = best.nameFirst(); k <= best.nameLast(); k++) {
        covered[k] = true;
      }
      i = best.end();
    }
    return out;
  }

  private PatternRun bestAt(PatternRun.Doc doc, int i) {
    PatternRun best = null;
    Token t = doc.tokens().get(i);
    {
      for (Clitics.Variant v : clitics.variants(t.text())) {
        for (NamePattern p : byFirst.getOrDefault(v.form(), List.of())) {
          best = longer(best, PatternRun.attempt(doc, p, i, v));
        }
      }
    }
    if (doc.foundAt(i) != null) {
      for (NamePattern p : byRef) {
        best = longer(best, PatternRun.attempt(doc, p, i, new Clitics.Variant(t.text(), 0)));
      }
    }
    return best;
  }

  private PatternRun longer(PatternRun a, PatternRun b) {
    if (b == null || ids.idOf(b) == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  /** Whether a kind has patterns (for tests). */
  boolean isEmpty() {
    return byFirst.isEmpty() && byRef.isEmpty();
  }

  static boolean sameKind(String id, EntityKind kind) {
    return KbEntry.kindOf(id) == kind;
  }
}
