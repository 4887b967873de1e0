package org.tarikh.timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;

/**
 * The rules of one language ({@code timex/rules.tsv}: columns {@code name}, {@code build},
 * {@code pattern}, {@code set}, {@code not_after}, {@code not_before}), compiled once and indexed
 * by what their first item can be, so that matching only tries rules at items that can start them.
 */
final class RuleSet {
  private final List<Rule> rules;
  private final Map<String, List<Rule>> byLiteral = new HashMap<>();
  private final Map<String, List<Rule>> byClass = new HashMap<>();
  private final List<Rule> byNumber = new ArrayList<>();
  /** Rules by the class map of a lexicon surface (keyed by identity: each surface shares one map). */
  private final Map<Map<String, String>, List<Rule>> byClassSet = new java.util.IdentityHashMap<>();

  RuleSet(TsvTable table, Set<String> lexClasses) {
    List<Rule> list = new ArrayList<>();
    Map<String, List<Rule>> byFirstKey = new HashMap<>();
    Set<String> names = new java.util.HashSet<>();
    for (TsvTable.Row row : table.rows()) {
      String name = row.require("name");
      if (!names.add(name)) {
        throw row.error("duplicate rule name '" + name + "'");
      }
      Build build = Build.parse(row.require("build"), row);
      List<Element> pattern = PatternParser.parse(row.require("pattern"), lexClasses, row);
      Rule r = new Rule(name, build, pattern, constants(row), guard(row, "not_after", lexClasses),
          guard(row, "not_before", lexClasses), list.size());
      list.add(r);
      Set<String> keys = new LinkedHashSet<>();
      if (firstKeys(pattern, keys)) {
        throw row.error("pattern can match nothing");
      }
      keys.forEach(k -> byFirstKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r));
    }
    this.rules = List.copyOf(list);
    byFirstKey.forEach((k, v) -> {
      if (k.startsWith("w:")) {
        byLiteral.put(k.substring(2), v);
      } else if (k.startsWith("c:")) {
        byClass.put(k.substring(2), v);
      } else {
        byNumber.addAll(v);
      }
    });
  }

  static RuleSet of(LanguagePack pack, Lexicon lexicon) {
    RuleSet rules = new RuleSet(pack.table("timex/rules.tsv", "name", "build", "pattern", "set",
        "not_after", "not_before"), lexicon.classes());
    lexicon.entries().forEach(e -> rules.byClassSet.put(e.classes(), rules.classRules(e.classes())));
    return rules;
  }

  List<Rule> rules() {
    return rules;
  }

  /** Rules that can start at {@code it}, in file order. */
  List<Rule> candidates(Item it) {
    List<Rule> literal = byLiteral.get(it.text());
    if (it.number() == null && it.classes().isEmpty()) {
      return literal == null ? List.of() : literal;
    }
    List<Rule> byClasses = it.classes().isEmpty() ? List.of() : byClassSet.get(it.classes());
    if (byClasses == null) {
      byClasses = classRules(it.classes());
    }
    if (literal == null && it.number() == null) {
      return byClasses;
    }
    List<Rule> out = new ArrayList<>(byClasses);
    add(out, literal);
    if (it.number() != null) {
      for (Rule r : byNumber) {
        if (mayStartAt(r, it) && !out.contains(r)) {
          out.add(r);
        }
      }
    }
    if (out.size() > 1) {
      out.sort(java.util.Comparator.comparingInt(Rule::order));
    }
    return out;
  }

  /** False when the rule's first element is a required number class that {@code it} fails. */
  private static boolean mayStartAt(Rule r, Item it) {
    if (!(r.pattern().get(0) instanceof Element.Atom a) || a.optional()) {
      return true;
    }
    for (Element.Alt alt : a.alts()) {
      if (alt.numClass() == null || alt.numClass().test(it)) {
        return true;
      }
    }
    return false;
  }

  /** The rules that start with one of the classes, in file order (cached per class set). */
  private List<Rule> classRules(Map<String, String> classes) {
    List<Rule> out = new ArrayList<>();
    for (String c : classes.keySet()) {
      add(out, byClass.get(c));
    }
    out.sort(java.util.Comparator.comparingInt(Rule::order));
    return List.copyOf(out);
  }

  private static void add(List<Rule> out, List<Rule> more) {
    if (more != null) {
      for (Rule r : more) {
        if (!out.contains(r)) {
          out.add(r);
        }
      }
    }
  }

  /** Adds the keys of the items a sequence can start with; true if it can match nothing. */
  private static boolean firstKeys(List<Element> seq, Set<String> keys) {
    for (Element e : seq) {
      if (e instanceof Element.Atom a) {
        a.alts().forEach(alt -> keys.add(alt.key()));
        if (!a.optional()) {
          return false;
        }
      } else if (e instanceof Element.Group g) {
        if (!firstKeys(g.elements(), keys) && !g.optional()) {
          return false;
        }
      }
    }
    return true;
  }

  private static Map<String, String> constants(TsvTable.Row row) {
    Map<String, String> out = new LinkedHashMap<>();
    String cell = row.get("set");
    for (String part : cell.split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw row.error("'set' must be slot=value pairs, not '" + part + "'");
      }
      out.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return Map.copyOf(out);
  }

  private static Element.Atom guard(TsvTable.Row row, String column, Set<String> lexClasses) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return null;
    }
    List<Element> parsed = PatternParser.parse(cell, lexClasses, row);
    if (parsed.size() != 1 || !(parsed.get(0) instanceof Element.Atom a)) {
      throw row.error("'" + column + "' must be one element such as CLASS|word");
    }
    return a;
  }
}
