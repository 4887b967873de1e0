package org.tarikh.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;

/**
 * Proclitics that may be attached to the first word of a name (Arabic و، ف، ب، ل، ك and their
 * combinations; "لل" stands for ل + ال). Read from the pack's optional
 * {@code entities/clitics.tsv} (columns {@code prefix}, {@code replacement}); a pack without
 * that file has no clitics. A clitic is stripped only when at least {@code minStem} letters stay.
 */
final class Clitics {
  /** A reading of a token: the form to look up, and how many leading chars the match skips. */
  record Variant(String form, int skip) {
  }

  private record Rule(String prefix, String replacement) {
  }

  private static final int MIN_STEM = 2;
  private final List<Rule> rules;

  private Clitics(List<Rule> rules) {
    this.rules = rules;
  }

  /** The clitics of a pack, read once per pack. */
  static Clitics of(LanguagePack pack) {
    return pack.model(Clitics.class, Clitics::load);
  }

  /** No clitics (a text of no known language). */
  static Clitics none() {
    return new Clitics(List.of());
  }

  private static Clitics load(LanguagePack pack) {
    List<Rule> rules = new ArrayList<>();
    pack.optionalTable("entities/clitics.tsv", "prefix", "replacement").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        rules.add(new Rule(ScriptNormalizer.normalize(r.require("prefix")),
            ScriptNormalizer.normalize(r.get("replacement"))));
      }
    });
    rules.sort(Comparator.comparingInt((Rule r) -> r.prefix().length()).reversed());
    return new Clitics(List.copyOf(rules));
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The token itself, then every reading with a clitic removed, longest clitic first. */
  List<Variant> variants(String token) {
    List<Variant> out = new ArrayList<>(4);
    out.add(new Variant(token, 0));
    for (Rule r : rules) {
      if (token.startsWith(r.prefix()) && token.length() - r.prefix().length() >= MIN_STEM) {
        String form = r.replacement() + token.substring(r.prefix().length());
        int skip = Math.max(0, r.prefix().length() - r.replacement().length());
        out.add(new Variant(form, skip));
      }
    }
    return out;
  }
}
