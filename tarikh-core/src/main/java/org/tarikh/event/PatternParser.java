package org.tarikh.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.model.EntityKind;
import org.tarikh.model.TimexType;

/**
 * Compiles the pattern language of the {@code events/*.tsv} files. Elements are separated by
 * spaces:
 * <ul>
 *   <li>{@code admitted}, {@code adopt*}, {@code held|convened}: a word (exact, prefix with
 *   {@code *}, alternatives with {@code |}), normalized like the text; it also matches the word
 *   behind a proclitic of the language ({@code قرار} matches {@code وقرار}).</li>
 *   <li>{@code {STATE>state}}, {@code {ORG|EVENT>body}}, {@code {*}}: an entity mention of those
 *   kinds ({@code *} any), captured into a role after {@code >}; {@code {ORG~council|board}}
 *   wants a word of its name among those, {@code {ORG!council}} none of them.</li>
 *   <li>{@code @}, {@code @>date}, {@code @dur>duration}: a DATE (or TIME) timex, a DURATION timex.</li>
 *   <li>{@code #>agenda_item}, {@code #ord>session}, {@code #list>numbers}: a number in digits or
 *   words, an ordinal, a list ({@code 822, 853 and 884}).</li>
 *   <li>{@code $q>award}: text between quotes; {@code $role>role}: the longest phrase of a class
 *   of {@code events/phrases.tsv}.</li>
 *   <li>{@code ..} up to 6 slots of anything, {@code ..12} up to 12; {@code x?} makes x optional;
 *   {@code ^} marks a cut (clause rules).</li>
 * </ul>
 * A malformed pattern is an {@link IllegalArgumentException} naming the element.
 */
final class PatternParser {
  private static final int DEFAULT_GAP = 6;

  private final Lexicon lexicon;

  PatternParser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Pattern parse(String source) {
    List<Element> out = new ArrayList<>();
    for (String tok : source.strip().split("\\s+")) {
      out.add(element(tok));
    }
    if (out.isEmpty() || out.get(out.size() - 1) instanceof Element.Gap || out.get(0) instanceof Element.Gap) {
      throw new IllegalArgumentException("a pattern may neither be empty nor start or end with a gap");
    }
    return new Pattern(source, out);
  }

  private Element element(String tok) {
    if (tok.startsWith("..")) {
      return new Element.Gap(tok.length() == 2 ? DEFAULT_GAP : Integer.parseInt(tok.substring(2)));
    }
    if (tok.length() > 1 && tok.endsWith("?")) {
      Element inner = element(tok.substring(0, tok.length() - 1));
      if (inner instanceof Element.Gap || inner instanceof Element.Optional) {
        throw new IllegalArgumentException("'" + tok + "': a gap cannot be optional");
      }
      return new Element.Optional(inner);
    }
    if (tok.equals(Pattern.CUT)) {
      return new Element.Cut();
    }
    if (tok.startsWith("{") && tok.endsWith("}")) {
      return entity(tok.substring(1, tok.length() - 1));
    }
    String name = captureName(tok);
    String head = name == null ? tok : tok.substring(0, tok.indexOf('>'));
    if (head.startsWith("@")) {
      return timex(head, name);
    }
    if (head.startsWith("#")) {
      return number(head, name);
    }
    if (head.startsWith("$") && head.length() > 1) {
      return phrase(head.substring(1), name);
    }
    return word(tok);
  }

  private static String captureName(String tok) {
    int gt = tok.indexOf('>');
    return gt > 0 && gt < tok.length() - 1 ? tok.substring(gt + 1) : null;
  }

  private static Element entity(String body) {
    int gt = body.indexOf('>');
    String head = gt < 0 ? body : body.substring(0, gt);
    String name = gt < 0 ? null : body.substring(gt + 1);
    int w = Math.max(head.indexOf('~'), head.indexOf('!'));
    String kinds = w < 0 ? head : head.substring(0, w);
    Element.Word words = w < 0 ? null : word(head.substring(w + 1));
    boolean negate = w >= 0 && head.charAt(w) == '!';
    Set<EntityKind> set = EnumSet.noneOf(EntityKind.class);
    if (!kinds.equals("*")) {
      for (String k : kinds.split("\\|")) {
        try {
          set.add(EntityKind.valueOf(k));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown entity kind '" + k + "' in {" + body + "}");
        }
      }
    }
    return new Element.EntitySlot(set, words, negate, name);
  }

  private static Element timex(String head, String name) {
    return switch (head) {
      case "@" -> new Element.TimexSlot(EnumSet.of(TimexType.DATE, TimexType.TIME), name);
      case "@dur" -> new Element.TimexSlot(EnumSet.of(TimexType.DURATION), name);
      default -> throw new IllegalArgumentException("unknown timex element '" + head + "' (@ or @dur)");
    };
  }

  private static Element number(String head, String name) {
    return switch (head) {
      case "#" -> new Element.NumberSlot(false, false, name);
      case "#ord" -> new Element.NumberSlot(true, false, name);
      case "#list" -> new Element.NumberSlot(false, true, name);
      default -> throw new IllegalArgumentException("unknown number element '" + head + "' (#, #ord, #list)");
    };
  }

  private Element phrase(String cls, String name) {
    if (cls.equals("q")) {
      return new Element.Quoted(name);
    }
    if (!lexicon.hasPhraseClass(cls)) {
      throw new IllegalArgumentException("no phrase class '" + cls + "' in events/phrases.tsv");
    }
    return new Element.Phrase(cls, name);
  }

  private static Element.Word word(String tok) {
    Set<String> exact = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    for (String alt : tok.split("\\|")) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in '" + tok + "'");
      }
      if (alt.endsWith("*") && alt.length() > 1) {
        prefixes.add(Lexicon.norm(alt.substring(0, alt.length() - 1)));
      } else {
        exact.add(Lexicon.norm(alt));
      }
    }
    return new Element.Word(Set.copyOf(exact), List.copyOf(prefixes));
  }
}
