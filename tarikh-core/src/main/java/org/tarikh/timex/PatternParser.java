package org.tarikh.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Tokenizer;

/**
 * Reads the pattern column of a rule. Elements are separated by spaces:
 * <ul>
 *   <li>{@code MONTH}, {@code YEAR}: an item of a lexicon class or a {@link NumberClass};</li>
 *   <li>{@code of}, {@code -}, {@code عام}: a literal token (normalized like the text);</li>
 *   <li>{@code a|b|CLASS}: any of several alternatives;</li>
 *   <li>{@code {slot:ALTS}}: captures the item's value (lexicon value, number or text) as
 *   {@code slot};</li>
 *   <li>a suffix {@code ?} makes an element optional, {@code ^} requires an upper-case initial,
 *   {@code ~} requires the item to touch the previous one (no space: "15h30", "7pm"), {@code &}
 *   lets it carry a conjunction proclitic inside a match ("الثالثة وربع");</li>
 *   <li>{@code [ ... ]} groups elements ({@code ]?} for an optional group);</li>
 *   <li>{@code <} and {@code >} mark the reported span when context is matched around it.</li>
 * </ul>
 * Unknown classes and multi-token literals are errors naming the file and line.
 */
final class PatternParser {
  private final Set<String> lexClasses;
  private final TsvTable.Row row;
  private final String[] parts;
  private int pos;

  private PatternParser(Set<String> lexClasses, TsvTable.Row row, String pattern) {
    this.lexClasses = lexClasses;
    this.row = row;
    this.parts = pattern.trim().split("\\s+");
  }

  static List<Element> parse(String pattern, Set<String> lexClasses, TsvTable.Row row) {
    PatternParser p = new PatternParser(lexClasses, row, pattern);
    List<Element> out = p.sequence();
    if (p.pos < p.parts.length) {
      throw row.error("unbalanced ']' in pattern");
    }
    return out;
  }

  private List<Element> sequence() {
    List<Element> out = new ArrayList<>();
    while (pos < parts.length) {
      String part = parts[pos];
      if (part.equals("]") || part.equals("]?")) {
        return out;
      }
      pos++;
      if (part.equals("[")) {
        List<Element> inner = sequence();
        if (pos >= parts.length) {
          throw row.error("'[' without ']' in pattern");
        }
        out.add(new Element.Group(inner, parts[pos++].equals("]?")));
      } else if (part.equals("<") || part.equals(">")) {
        out.add(new Element.Mark(part.equals("<")));
      } else {
        out.add(atom(part));
      }
    }
    return out;
  }

  private Element.Atom atom(String part) {
    boolean optional = false;
    boolean upper = false;
    boolean attached = false;
    boolean conjoined = false;
    String body = part;
    while (body.length() > 1 && (body.endsWith("?") || body.endsWith("^") || body.endsWith("~")
        || body.endsWith("&"))) {
      conjoined |= body.endsWith("&");
      optional |= body.endsWith("?");
      upper |= body.endsWith("^");
      attached |= body.endsWith("~");
      body = body.substring(0, body.length() - 1);
    }
    String slot = null;
    if (body.startsWith("{") && body.endsWith("}") && body.contains(":")) {
      slot = body.substring(1, body.indexOf(':'));
      body = body.substring(body.indexOf(':') + 1, body.length() - 1);
    }
    List<Element.Alt> alts = new ArrayList<>();
    for (String alt : body.split("\\|")) {
      alts.add(alternative(alt));
    }
    return new Element.Atom(List.copyOf(alts), slot, optional, upper, attached, conjoined);
  }

  private Element.Alt alternative(String alt) {
    if (alt.length() > 1 && alt.matches("[A-Z][A-Z0-9_]*")) {
      NumberClass n = NumberClass.parse(alt);
      if (n == null && !lexClasses.contains(alt)) {
        throw row.error("unknown class '" + alt + "' (not in the lexicon and not a number class)");
      }
      return new Element.Alt(null, n == null ? alt : null, n);
    }
    String norm = ScriptNormalizer.normalize(alt);
    if (Tokenizer.tokenize(norm).size() != 1) {
      throw row.error("literal '" + alt + "' is not one token; write its tokens as separate elements");
    }
    return new Element.Alt(norm, null, null);
  }
}
