package org.tarikh.lang;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses a document's language from the scripts of its letters: the pack whose declared
 * scripts cover most letters wins. Two packs of one script (English and French) are told apart
 * by their {@code stopwords.tsv}, if they have one.
 */
public final class LanguageGuesser {
  private final LanguagePacks packs;

  public LanguageGuesser(LanguagePacks packs) {
    this.packs = packs;
  }

  public Optional<String> guess(String text) {
    Map<String, Integer> byScript = new HashMap<>();
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        String script = UScript.getShortName(UScript.getScript(cp));
        byScript.merge(script, 1, Integer::sum);
      }
    }
    String best = null;
    double bestScore = 0;
    for (LanguagePack p : packs.all()) {
      int letters = 0;
      for (String s : p.scripts()) {
        letters += byScript.getOrDefault(s, 0);
      }
      double score = letters + stopwordBonus(p, text, limit);
      if (letters > 0 && score > bestScore) {
        bestScore = score;
        best = p.code();
      }
    }
    return Optional.ofNullable(best);
  }

  private static double stopwordBonus(LanguagePack p, String text, int limit) {
    return p.optionalTable("stopwords.tsv", "word").map(t -> {
      String lower = " " + text.substring(0, limit).toLowerCase(java.util.Locale.ROOT) + " ";
      int hits = 0;
      for (TsvTable.Row r : t.rows()) {
        if (lower.contains(" " + r.get("word") + " ")) {
          hits++;
        }
      }
      return hits * 0.5;
    }).orElse(0.0);
  }
}
