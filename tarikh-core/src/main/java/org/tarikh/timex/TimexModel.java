package org.tarikh.timex;

import org.tarikh.lang.LanguagePack;

/**
 * The compiled timex resources of one language pack: its {@link Lexicon} and {@link RuleSet}.
 * Built once per pack through {@link LanguagePack#model} and shared by all threads.
 */
public final class TimexModel {
  private final ItemAnnotator annotator;
  private final RuleMatcher matcher;
  private final int ruleCount;

  private TimexModel(Lexicon lexicon, RuleSet rules) {
    this.annotator = new ItemAnnotator(lexicon);
    this.matcher = new RuleMatcher(rules);
    this.ruleCount = rules.rules().size();
  }

  /** The model of a pack, compiled on first use (files {@code timex/lexicon.tsv}, {@code timex/rules.tsv}). */
  public static TimexModel of(LanguagePack pack) {
    return pack.model(TimexModel.class, p -> {
      Lexicon lex = Lexicon.of(p);
      return new TimexModel(lex, RuleSet.of(p, lex));
    });
  }

  ItemAnnotator annotator() {
    return annotator;
  }

  RuleMatcher matcher() {
    return matcher;
  }

  public int ruleCount() {
    return ruleCount;
  }
}
