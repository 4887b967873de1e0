package org.tarikh.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * The anaphoric phrases of a language, from {@code events/anaphors.tsv} (columns {@code phrase},
 * {@code kind}, {@code name}, {@code scope}; see {@link Anaphor}), indexed by their first token.
 * A phrase's first token may carry a proclitic ({@code للبلد}); the others are matched exactly.
 * Entries are normalized like the text at load time; a bad kind or scope names file and line.
 */
final class Anaphors {
  private final Map<String, List<Anaphor>> byFirst; // longest first

  private Anaphors(Map<String, List<Anaphor>> byFirst) {
    this.byFirst = byFirst;
  }

  static Anaphors load(LanguagePack pack) {
    Map<String, List<Anaphor>> out = new HashMap<>();
    pack.optionalTable("events/anaphors.tsv", "phrase", "kind", "name", "scope").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        Anaphor a = row(r);
        out.computeIfAbsent(a.tokens()[0], k -> new ArrayList<>()).add(a);
      }
    });
    out.values().forEach(l -> l.sort(Comparator.comparingInt((Anaphor a) -> a.tokens().length).reversed()));
    return new Anaphors(out);
  }

  private static Anaphor row(TsvTable.Row r) {
    String[] tokens = Tokenizer.tokenize(Lexicon.norm(r.require("phrase"))).stream()
        .map(Token::text).toArray(String[]::new);
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    for (String k : r.require("kind").split("\\|")) {
      try {
        kinds.add(EntityKind.valueOf(k.strip()));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown entity kind '" + k + "'");
      }
    }
    List<Element.Word> names = new ArrayList<>();
    for (String w : r.get("name").split("\\|")) {
      if (!w.isBlank()) {
        names.add(new Element.Word(Set.of(Lexicon.norm(w)), List.of()));
      }
    }
    Anaphor.Scope scope;
    try {
      scope = Anaphor.Scope.valueOf(r.require("scope").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("scope must be near, before or main");
    }
    return new Anaphor(tokens, kinds, List.copyOf(names), scope);
  }

  boolean isEmpty() {
    return byFirst.isEmpty();
  }

  /** The longest phrase starting at slot {@code t} (its first word may carry a clitic), or {@code null}. */
  Anaphor at(List<Slot> slots, int t, int limit) {
    Slot first = slots.get(t);
    if (!first.is(Slot.Kind.WORD)) {
      return null;
    }
    for (String f : first.forms()) {
      for (Anaphor a : byFirst.getOrDefault(f, List.of())) {
        if (rest(a.tokens(), slots, t, limit)) {
          return a;
        }
      }
    }
    return null;
  }

  private static boolean rest(String[] tokens, List<Slot> slots, int t, int limit) {
    if (t + tokens.length > limit) {
      return false;
    }
    for (int k = 1; k < tokens.length; k++) {
      Slot s = slots.get(t + k);
      if (!s.is(Slot.Kind.WORD) || !s.text().equals(tokens[k])) {
        return false;
      }
    }
    return true;
  }
}
