package org.tarikh.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;

/**
 * A language's clues for person names, all optional files of its pack:
 * {@code entities/person-titles.tsv} (columns {@code title}, {@code position}: {@code before}
 * when the title precedes the name, "President X", {@code after} when it follows, "X, Ambassador"),
 * {@code entities/name-stops.tsv} ({@code word}, {@code match}: {@code word} or {@code prefix};
 * words that cannot be part of a name; {@code initial-prefix}: words starting with it cannot start
 * one, "المعلم" in "وليد المعلم"), {@code entities/name-particles.tsv} ({@code word}: lower-case
 * words inside a name, "al", "de") and {@code entities/skeleton.tsv} (the consonant classes
 * of its script, for matching names against the knowledge base's English spellings).
 */
final class PersonRules {
  final NameScanner before;
  final NameScanner after;
  final Set<String> stopWords;
  final List<String> stopPrefixes;
  final List<String> initialPrefixes;
  final Set<String> particles;
  final Skeleton skeleton;

  private PersonRules(NameScanner before, NameScanner after, Set<String> stopWords,
      List<String> stopPrefixes, List<String> initialPrefixes, Set<String> particles, Skeleton skeleton) {
    this.initialPrefixes = initialPrefixes;
    this.particles = particles;
    this.before = before;
    this.after = after;
    this.stopWords = stopWords;
    this.stopPrefixes = stopPrefixes;
    this.skeleton = skeleton;
  }

  static PersonRules load(LanguagePack pack, Clitics clitics) {
    NameTrie before = new NameTrie();
    NameTrie after = new NameTrie();
    pack.optionalTable("entities/person-titles.tsv", "title", "position").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        String position = r.require("position");
        NameTrie target = switch (position) {
          case "before" -> before;
          case "after" -> after;
          default -> throw r.error("position must be 'before' or 'after', not '" + position + "'");
        };
        String title = r.require("title");
        target.add(PackNames.keyOf(title), new NameEntry(title, CasePolicy.of(
            Cells.optional(t, r, "case").isEmpty() ? "any" : Cells.optional(t, r, "case"), title), 0));
      }
    });
    Set<String> words = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    Set<String> initial = new HashSet<>();
    pack.optionalTable("entities/name-stops.tsv", "word").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        String w = ScriptNormalizer.normalize(r.require("word"));
        String match = Cells.optional(t, r, "match");
        switch (match) {
          case "prefix" -> prefixes.add(w);
          case "initial-prefix" -> initial.add(w);
          case "", "word" -> words.add(w);
          default -> throw r.error("match must be word, prefix or initial-prefix, not '" + match + "'");
        }
      }
    });
    Set<String> particles = new HashSet<>();
    pack.optionalTable("entities/name-particles.tsv", "word").ifPresent(t ->
        t.rows().forEach(r -> particles.add(ScriptNormalizer.normalize(r.require("word")))));
    Skeleton skeleton = pack.optionalTable("entities/skeleton.tsv", "letters", "class")
        .map(Skeleton::of).orElse(null);
    return new PersonRules(new NameScanner(before, clitics), new NameScanner(after, clitics),
        Set.copyOf(words), List.copyOf(prefixes), List.copyOf(initial), Set.copyOf(particles), skeleton);
  }

  /** Whether a normalized word can start a person's name. */
  boolean nameStart(String word) {
    for (String p : initialPrefixes) {
      if (word.startsWith(p) && word.length() > p.length()) {
        return false;
      }
    }
    return nameLike(word);
  }

  /** Whether a normalized word can be part of a person's name. */
  boolean nameLike(String word) {
    if (stopWords.contains(word)) {
      return false;
    }
    for (String p : stopPrefixes) {
      if (word.startsWith(p) && word.length() > p.length()) {
        return false;
      }
    }
    return true;
  }
}
