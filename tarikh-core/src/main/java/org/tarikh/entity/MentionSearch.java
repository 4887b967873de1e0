package org.tarikh.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.lang.LanguagePack;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.text.AlignedText;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * Gives mentions to entities that come without them (gold files, older or hand-made results) by
 * finding their surface forms ({@code names} and the canonical {@code name}) in the text the way
 * the entity stage finds gazetteer names: on the normalized view, whole tokens, longest form
 * first and left to right, a form's letter case as it is written ({@link CasePolicy}), and
 * proclitics stripped with the language's {@code entities/clitics.tsv}. A form found over a
 * mention the result already gives is dropped. Mentions are code points of the original.
 */
public final class MentionSearch {
  private static final MentionSearch PLAIN = new MentionSearch(Clitics.none());

  private final Clitics clitics;

  private MentionSearch(Clitics clitics) {
    this.clitics = clitics;
  }

  /** The search of a language, with its clitics (read once per pack). */
  public static MentionSearch of(LanguagePack pack) {
    return new MentionSearch(Clitics.of(pack));
  }

  /** The search for a text of no known language: no clitics. */
  public static MentionSearch plain() {
    return PLAIN;
  }

  /**
   * The entities, in the same order, each without mentions given those found in {@code text};
   * entities with mentions are returned as they are.
   */
  public List<Entity> complete(String text, List<Entity> entities) {
    if (entities.stream().allMatch(e -> !e.mentions().isEmpty())) {
      return List.copyOf(entities);
    }
    AlignedText aligned = ScriptNormalizer.align(text);
    List<Token> tokens = Tokenizer.tokenize(aligned.normalized());
    List<Span> given = entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::span).toList();
    Map<String, List<Mention>> found = new HashMap<>();
    for (NameScanner.Found f : new NameScanner(trieOfMissing(entities), clitics).scan(aligned, tokens, null)) {
      Span s = aligned.toOriginal(f.match().start(), f.match().end());
      if (given.stream().noneMatch(s::overlaps)) {
        found.computeIfAbsent(f.match().id(), k -> new ArrayList<>())
            .add(new Mention(s.start(), s.end(), aligned.originalText(s)));
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(!e.mentions().isEmpty() ? e : new Entity(e.id(), e.kind(), e.name(), e.names(),
          found.getOrDefault(e.id(), List.of()), e.confidence()));
    }
    return out;
  }

  private static NameTrie trieOfMissing(List<Entity> entities) {
    NameTrie trie = new NameTrie();
    for (Entity e : entities) {
      if (!e.mentions().isEmpty()) {
        continue;
      }
      List<String> forms = new ArrayList<>(e.names());
      forms.add(e.name());
      for (String form : forms) {
        if (form != null && !form.isBlank()) {
          trie.add(PackNames.keyOf(form), new NameEntry(e.id(), CasePolicy.of("", form), 0));
        }
      }
    }
    return trie;
  }
}
