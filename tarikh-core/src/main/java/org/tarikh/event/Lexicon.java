package org.tarikh.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;

/**
 * The word lists the event patterns rely on, from a pack's {@code events/words.tsv} (classes
 * {@code clitic}, {@code coord}, {@code article}, {@code negation}, {@code ordinal_suffix}, {@code quote}, {@code possessive},
 * {@code symbol_joiner}), the number words of {@link org.tarikh.lang.NumberWords} (written once,
 * in {@code timex/lexicon.tsv}) and
 * {@code events/phrases.tsv} (multi-word phrases of a named class, such as roles and awards).
 * Every entry is normalized with {@link ScriptNormalizer} at load time, like the text it matches.
 */
final class Lexicon {
  /** A number word: its value, and whether it is an ordinal or a scale (hundred, thousand). */
  record NumberWord(long value, boolean ordinal, boolean scale) {
  }

  private final List<String> clitics; // longest first
  private final Set<String> coords;
  private final Set<String> articles;
  private final Set<String> negations;
  private final Set<String> ordinalSuffixes;
  private final Set<String> quotes;
  private final Set<String> possessives;
  private final Set<String> symbolJoiners;
  private final org.tarikh.lang.NumberWords numbers;
  private final Map<String, List<String[]>> phrases; // class -> token sequences, longest first

  private Lexicon(List<String> clitics, Set<String> coords, Set<String> articles, Set<String> negations,
                  Set<String> ordinalSuffixes,
                  Set<String> quotes, Set<String> possessives, Set<String> symbolJoiners,
                  org.tarikh.lang.NumberWords numbers,
                  Map<String, List<String[]>> phrases) {
    this.clitics = clitics;
    this.coords = coords;
    this.articles = articles;
    this.negations = negations;
    this.ordinalSuffixes = ordinalSuffixes;
    this.quotes = quotes;
    this.possessives = possessives;
    this.symbolJoiners = symbolJoiners;
    this.numbers = numbers;
    this.phrases = phrases;
  }

  static Lexicon load(LanguagePack pack) {
    Map<String, Set<String>> words = new HashMap<>();
    for (TsvTable.Row r : pack.table("events/words.tsv", "class", "word").rows()) {
      words.computeIfAbsent(r.require("class"), k -> new HashSet<>()).add(norm(r.require("word")));
    }
    List<String> clitics = new ArrayList<>(words.getOrDefault("clitic", Set.of()));
    clitics.sort(Comparator.comparingInt(String::length).reversed());
    return new Lexicon(List.copyOf(clitics), words.getOrDefault("coord", Set.of()),
        words.getOrDefault("article", Set.of()), words.getOrDefault("negation", Set.of()),
        words.getOrDefault("ordinal_suffix", Set.of()), words.getOrDefault("quote", Set.of()),
        words.getOrDefault("possessive", Set.of()), words.getOrDefault("symbol_joiner", Set.of()),
        org.tarikh.lang.NumberWords.of(pack), phrases(pack));
  }

  private static Map<String, List<String[]>> phrases(LanguagePack pack) {
    Map<String, List<String[]>> out = new HashMap<>();
    pack.optionalTable("events/phrases.tsv", "class", "phrase").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        String[] toks = org.tarikh.text.Tokenizer.tokenize(norm(r.require("phrase"))).stream()
            .map(org.tarikh.text.Token::text).toArray(String[]::new);
        out.computeIfAbsent(r.require("class"), k -> new ArrayList<>()).add(toks);
      }
    });
    out.values().forEach(l -> l.sort(Comparator.comparingInt((String[] a) -> a.length).reversed()));
    return out;
  }

  static String norm(String s) {
    return ScriptNormalizer.normalize(s.strip());
  }

  /** The word itself, then the word without each proclitic that leaves at least two letters. */
  void forms(String word, List<String> forms, List<Integer> offsets) {
    forms.add(word);
    offsets.add(0);
    for (String c : clitics) {
      if (word.length() - c.length() >= 2 && word.startsWith(c)) {
        forms.add(word.substring(c.length()));
        offsets.add(c.length());
      }
    }
  }

  boolean isClitic(String word) {
    return clitics.contains(word);
  }

  /** A list joiner or an article, both skipped inside a list ("A, the B and the C"). */
  boolean isCoord(String word) {
    return coords.contains(word) || articles.contains(word);
  }

  /** Whether a slot's word (or the word behind its proclitic) negates ("not", "عدم"). */
  boolean isNegation(Slot s) {
    for (String f : s.forms()) {
      if (negations.contains(f)) {
        return true;
      }
    }
    return false;
  }

  boolean isArticle(String word) {
    return articles.contains(word);
  }

  boolean isOrdinalSuffix(String word) {
    return ordinalSuffixes.contains(word);
  }

  boolean isQuote(String word) {
    return quotes.contains(word);
  }

  /** A possessive marker after a noun ("the country's"): the noun then qualifies another. */
  boolean isPossessive(String word) {
    return possessives.contains(word);
  }

  /** A mark joining the parts of a document symbol ({@code /} of resolution {@code 49/13}). */
  boolean isSymbolJoiner(String word) {
    return symbolJoiners.contains(word);
  }

  NumberWord number(String form) {
    org.tarikh.lang.NumberWords.Word w = numbers.get(form);
    return w == null ? null : new NumberWord(w.value(), w.kind() == org.tarikh.lang.NumberWords.Kind.ORDINAL,
        w.kind() == org.tarikh.lang.NumberWords.Kind.SCALE);
  }

  /** Phrases of a class as token sequences, longest first; empty when the class is unknown. */
  List<String[]> phrases(String phraseClass) {
    return phrases.getOrDefault(phraseClass, List.of());
  }

  boolean hasPhraseClass(String phraseClass) {
    return phrases.containsKey(phraseClass);
  }
}
