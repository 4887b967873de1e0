package org.tarikh.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Sorted;
import org.tarikh.text.Token;

/**
 * Resolves a surname repeated alone ("Aliyev", "علييف") to the person of the document whose
 * full name it ends, the most recently named one when several share it. Only tokens after that
 * full mention, not covered by another name and not lower case in the original, count.
 */
final class Surnames {
  private Surnames() {
  }

  static List<Match> resolve(AlignedText text, List<Token> tokens, boolean[] covered,
      List<Match> persons, PersonRules rules) {
    Map<String, List<Match>> bySurname = new HashMap<>();
    for (Match m : persons) {
      String last = lastWord(tokens, m);
      if (last != null) {
        bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(m);
      }
    }
    List<Match> out = new ArrayList<>();
    if (bySurname.isEmpty()) {
      return out;
    }
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      List<Match> owners = covered[k] ? null : bySurname.get(t.text());
      if (owners != null && rules.nameLike(t.text()) && CasePolicy.INITIAL.accepts(text, t.start(), t.end())) {
        Match owner = latestBefore(owners, t.start());
        if (owner != null) {
          out.add(new Match(t.start(), t.end(), owner.id(), owner.name(), owner.lowConfidence()));
          covered[k] = true;
        }
      }
    }
    return out;
  }

  /** The normalized last word of a multi-word person match, or {@code null}. */
  private static String lastWord(List<Token> tokens, Match m) {
    if (!m.id().startsWith("person:")) {
      return null;
    }
    String last = null;
    int words = 0;
    for (int k = firstTokenAt(tokens, m.start()); k < tokens.size() && tokens.get(k).end() <= m.end(); k++) {
      if (tokens.get(k).kind() == Token.Kind.WORD) {
        last = tokens.get(k).text();
        words++;
      }
    }
    return words >= 2 ? last : null;
  }

  /** Index of the first token that starts at or after {@code pos}. */
  static int firstTokenAt(List<Token> tokens, int pos) {
    return Sorted.firstAtLeast(tokens.size(), i -> tokens.get(i).start(), pos);
  }

  private static Match latestBefore(List<Match> owners, int at) {
    Match best = null;
    for (Match m : owners) {
      if (m.end() <= at && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return best;
  }
}
