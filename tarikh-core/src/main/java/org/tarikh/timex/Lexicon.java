package org.tarikh.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * The temporal vocabulary of one language, read from {@code timex/lexicon.tsv} of its pack
 * (columns {@code surface}, {@code class}, {@code value}): every surface form is written once
 * with the class it belongs to ({@code MONTH}, {@code UNIT}, {@code NUM} ...) and its value.
 * Surfaces are normalized like the text and may span several tokens; lookups are by first token.
 * Rows of class {@code CLITIC} are proclitics stripped from unknown words before lookup.
 */
final class Lexicon {
  static final String CLITIC = "CLITIC";
  /** A proclitic fused with the article, whose first letter it replaces (Arabic لل = ل + ال). */
  static final String FUSION = "CLITICFUSION";

  /** One surface form with every class the file gives it (first row wins per class), shared. */
  record Entry(List<String> tokens, Map<String, String> classes) {
  }

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final List<String> clitics = new ArrayList<>();
  private final Map<String, String> cliticValue = new HashMap<>();
  private final java.util.Set<String> classes = new java.util.HashSet<>();
  private final Map<String, String> fusions = new HashMap<>();

  Lexicon(TsvTable table) {
    Map<List<String>, Map<String, String>> surfaces = new java.util.LinkedHashMap<>();
    for (TsvTable.Row row : table.rows()) {
      String surface = ScriptNormalizer.normalize(row.require("surface"));
      String cls = row.require("class");
      String value = row.get("value");
      if (!cls.equals(cls.toUpperCase(java.util.Locale.ROOT))) {
        throw row.error("class '" + cls + "' must be upper case");
      }
      classes.add(cls);
      String problem = LexiconValues.problem(cls, value);
      if (problem != null) {
        throw row.error(problem);
      }
      if (cls.equals(FUSION)) {
        fusions.put(surface, ScriptNormalizer.normalize(row.require("value")));
        continue;
      }
      if (cls.equals(CLITIC)) {
        clitics.add(surface);
        cliticValue.put(surface, value);
        continue;
      }
      List<String> toks = Tokenizer.tokenize(surface).stream().map(Token::text).toList();
      if (toks.isEmpty()) {
        throw row.error("empty surface");
      }
      surfaces.computeIfAbsent(toks, k -> new java.util.LinkedHashMap<>()).putIfAbsent(cls, value);
    }
    surfaces.forEach((toks, cls) -> byFirst.computeIfAbsent(toks.get(0), k -> new ArrayList<>())
        .add(new Entry(toks, Map.copyOf(cls))));
    byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.tokens().size())));
    clitics.sort(Comparator.comparingInt(String::length).reversed());
  }

  static Lexicon of(LanguagePack pack) {
    return new Lexicon(pack.table("timex/lexicon.tsv", "surface", "class", "value"));
  }

  /** Entries whose first token is {@code first}, longest first; empty when none. */
  List<Entry> startingWith(String first) {
    return byFirst.getOrDefault(first, List.of());
  }

  /** Every surface form. */
  java.util.stream.Stream<Entry> entries() {
    return byFirst.values().stream().flatMap(List::stream);
  }

  boolean knows(String first) {
    return byFirst.containsKey(first);
  }

  /** Every class name the file uses. */
  java.util.Set<String> classes() {
    return classes;
  }

  /** Proclitics, longest first. */
  List<String> clitics() {
    return clitics;
  }

  /** Fused clitics (surface to the article they absorb). */
  Map<String, String> fusions() {
    return fusions;
  }

  String cliticValue(String clitic) {
    return cliticValue.get(clitic);
  }
}
