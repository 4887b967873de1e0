package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;
import org.tarikh.text.ScriptNormalizer;

/**
 * One row of a pack's {@code entities/patterns.tsv}: a sequence of elements separated by spaces,
 * the kind of entity it names, how its id is found and, failing that, made.
 * <ul>
 *   <li>a plain word is a literal (matched on the normalized text);</li>
 *   <li>{@code <class>} one phrase of a word class of {@link PatternWords}, {@code <class>?}
 *   optional;</li>
 *   <li>{@code @state}, {@code @org}: a state or organization the gazetteer found there (a state
 *   may also be a word of class {@code state-anaphor}, "the country", standing for the document's
 *   most named state);</li>
 *   <li>{@code <tail>}: one or more words up to punctuation, a word of class {@code boundary} or
 *   {@link #MAX_TAIL} words; {@code <title>}: capitalised words, joined by words of class
 *   {@code connector} when a capitalised word follows;</li>
 *   <li>{@code [} and {@code ]} mark the part that is the name (default: all of it).</li>
 * </ul>
 * The id is looked up first: the name (or with {@code lookup = prefix}, its longest known
 * prefix) as a gazetteer form or a {@link NameKeys} key of this kind. Otherwise the {@code id}
 * template gives the part after the kind's prefix ({@code {name}}, {@code {state-name}},
 * {@code {state-adjective}}, {@code {org}}); an empty template means "known names only".
 */
record NamePattern(EntityKind kind, List<Element> elements, String template, boolean prefixLookup,
                   int line) {
  static final int MAX_TAIL = 16;

  /** A part of a pattern. */
  sealed interface Element permits Literal, WordClass, Ref, Span, Mark {
  }

  /** A literal word (normalized). */
  record Literal(String word) implements Element {
  }

  /** A phrase of a word class. */
  record WordClass(String cls, boolean optional) implements Element {
  }

  /** An entity the gazetteer found: {@code state} or {@code org}. */
  record Ref(EntityKind kind) implements Element {
  }

  /** Free words: {@code title} (capitalised) or {@code tail} (up to a boundary). */
  record Span(boolean title) implements Element {
  }

  /** Start ({@code open}) or end of the name part. */
  record Mark(boolean open) implements Element {
  }

  static NamePattern parse(TsvTable t, TsvTable.Row r, PatternWords words) {
    EntityKind kind;
    try {
      kind = EntityKind.valueOf(r.require("kind").toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("unknown kind '" + r.get("kind") + "'");
    }
    List<Element> elements = new ArrayList<>();
    for (String part : r.require("pattern").split("\\s+")) {
      elements.add(element(part, r, words));
    }
    if (elements.get(0) instanceof Span || elements.get(0) instanceof WordClass w && w.optional()) {
      throw r.error("a pattern must start with a literal, a word class or a reference");
    }
    String lookup = Cells.optional(t, r, "lookup");
    if (!lookup.isEmpty() && !lookup.equals("name") && !lookup.equals("prefix")) {
      throw r.error("lookup must be 'name' or 'prefix', not '" + lookup + "'");
    }
    String template = Cells.optional(t, r, "id");
    IdTemplate.check(template, r);
    return new NamePattern(kind, List.copyOf(elements), template, lookup.equals("prefix"), r.line());
  }

  private static Element element(String part, TsvTable.Row r, PatternWords words) {
    switch (part) {
      case "[":
        return new Mark(true);
      case "]":
        return new Mark(false);
      case "@state":
        return new Ref(EntityKind.STATE);
      case "@org":
        return new Ref(EntityKind.ORG);
      case "<tail>":
        return new Span(false);
      case "<title>":
        return new Span(true);
      default:
        break;
    }
    if (part.startsWith("<")) {
      boolean optional = part.endsWith("?");
      String cls = part.substring(1, part.length() - (optional ? 2 : 1));
      if (!words.has(cls)) {
        throw r.error("unknown word class <" + cls + "> (entities/pattern-words.tsv)");
      }
      return new WordClass(cls, optional);
    }
    return new Literal(ScriptNormalizer.normalize(part));
  }
}
