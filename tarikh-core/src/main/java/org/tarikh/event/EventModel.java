package org.tarikh.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;

/**
 * Everything the event stage knows about one language, compiled once per pack from
 * {@code lang/<iso>/events/}: {@code rules.tsv} (facts), {@code markers.tsv} (role markers such
 * as "on behalf of"), {@code attrs.tsv} (attribute patterns), {@code clauses.tsv} (where sentences
 * split), {@code anaphors.tsv} (phrases standing for an entity named before, {@link Anaphors}) and
 * the word lists of {@link Lexicon}. Every pattern is compiled and every capture name
 * checked against {@link EventTypes} at load time; errors name the file and line.
 */
final class EventModel {
  private static final Set<String> VOTES = Set.of("votes.for", "votes.against", "votes.abstain");

  final Lexicon lexicon;
  final NumberReader numbers;
  final List<EventRule> rules;
  final List<Pattern> markers;
  final List<AttrRule> attrs;
  final List<ClauseRule> clauses;
  final TriggerIndex triggers;
  final Anaphors anaphors;

  private EventModel(Lexicon lexicon, List<EventRule> rules, List<Pattern> markers,
                     List<AttrRule> attrs, List<ClauseRule> clauses, Anaphors anaphors) {
    this.lexicon = lexicon;
    this.numbers = new NumberReader(lexicon);
    this.rules = List.copyOf(rules);
    this.markers = List.copyOf(markers);
    this.attrs = List.copyOf(attrs);
    this.clauses = List.copyOf(clauses);
    this.triggers = new TriggerIndex(this.rules);
    this.anaphors = anaphors;
  }

  static EventModel of(LanguagePack pack) {
    return pack.model(EventModel.class, EventModel::load);
  }

  static EventModel load(LanguagePack pack) {
    Lexicon lexicon = Lexicon.load(pack);
    PatternParser parser = new PatternParser(lexicon);
    EventTypes types = EventTypes.standard();
    return new EventModel(lexicon, rules(pack, parser, types), markers(pack, parser, types),
        attrs(pack, parser, types), clauses(pack, parser), Anaphors.load(pack));
  }

  private static Pattern compile(PatternParser parser, TsvTable.Row r, String column) {
    try {
      return parser.parse(r.require(column));
    } catch (IllegalArgumentException e) {
      throw r.error("bad pattern: " + e.getMessage());
    }
  }

  private static List<EventRule> rules(LanguagePack pack, PatternParser parser, EventTypes types) {
    List<EventRule> out = new ArrayList<>();
    for (TsvTable.Row r : pack.table("events/rules.tsv", "id", "type", "pattern", "fill", "unless").rows()) {
      EventType type = types.require(r.require("type"), r);
      Pattern p = compile(parser, r, "pattern");
      if (p.trigger() == null) {
        throw r.error("a fact pattern needs at least one word (its trigger)");
      }
      for (String name : captureNames(r.get("pattern"))) {
        if (!type.roles().containsKey(name) && !type.attrs().contains(name) && !VOTES.contains(name)
            && !name.equals(EventFinder.DATE)) {
          throw r.error("'" + name + "' is neither a role nor an attribute of " + type.name());
        }
      }
      Pattern unless = r.get("unless").isEmpty() ? null : compile(parser, r, "unless");
      out.add(new EventRule(r.require("id"), type, p, fill(r, type), unless));
    }
    return out;
  }

  private static Map<String, Character> fill(TsvTable.Row r, EventType type) {
    Map<String, Character> out = new LinkedHashMap<>();
    for (String spec : r.get("fill").split("\\s+")) {
      if (spec.isBlank()) {
        continue;
      }
      char dir = spec.charAt(spec.length() - 1);
      String role = spec.substring(0, spec.length() - 1);
      if ("<>~".indexOf(dir) < 0 || !type.roles().containsKey(role)) {
        throw r.error("fill '" + spec + "' must be a role of " + type.name() + " followed by <, > or ~");
      }
      out.put(role, dir);
    }
    return out;
  }

  private static List<Pattern> markers(LanguagePack pack, PatternParser parser, EventTypes types) {
    Set<String> roles = new java.util.HashSet<>();
    types.all().values().forEach(t -> roles.addAll(t.roles().keySet()));
    List<Pattern> out = new ArrayList<>();
    for (TsvTable.Row r : pack.table("events/markers.tsv", "pattern").rows()) {
      for (String name : captureNames(r.get("pattern"))) {
        if (!roles.contains(name)) {
          throw r.error("'" + name + "' is not a role of any event type");
        }
      }
      out.add(compile(parser, r, "pattern"));
    }
    return out;
  }

  private static List<AttrRule> attrs(LanguagePack pack, PatternParser parser, EventTypes types) {
    Set<String> names = new java.util.HashSet<>(VOTES);
    types.all().values().forEach(t -> names.addAll(t.attrs()));
    List<AttrRule> out = new ArrayList<>();
    for (TsvTable.Row r : pack.table("events/attrs.tsv", "scope", "pattern").rows()) {
      for (String name : captureNames(r.get("pattern"))) {
        if (!names.contains(name)) {
          throw r.error("'" + name + "' is not an attribute of any event type");
        }
      }
      AttrRule.Scope scope;
      try {
        scope = AttrRule.Scope.valueOf(r.require("scope").toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("scope must be clause, sentence or paragraph");
      }
      out.add(new AttrRule(scope, compile(parser, r, "pattern"), captureNames(r.get("pattern"))));
    }
    return out;
  }

  private static List<ClauseRule> clauses(LanguagePack pack, PatternParser parser) {
    List<ClauseRule> out = new ArrayList<>();
    for (TsvTable.Row r : pack.table("events/clauses.tsv", "pattern", "continues").rows()) {
      if (!List.of(r.get("pattern").strip().split("\\s+")).contains(Pattern.CUT)) {
        throw r.error("a clause pattern needs a cut ^");
      }
      String c = r.require("continues");
      if (!c.equals("yes") && !c.equals("no")) {
        throw r.error("continues must be yes or no");
      }
      out.add(new ClauseRule(compile(parser, r, "pattern"), c.equals("yes")));
    }
    return out;
  }

  /** Capture names ({@code >name}) written in a pattern. */
  static List<String> captureNames(String pattern) {
    List<String> out = new ArrayList<>();
    for (String tok : pattern.strip().split("\\s+")) {
      String t = tok.endsWith("?") ? tok.substring(0, tok.length() - 1) : tok;
      t = t.endsWith("}") ? t.substring(0, t.length() - 1) : t;
      int gt = t.indexOf('>');
      if (gt > 0 && gt < t.length() - 1) {
        out.add(t.substring(gt + 1));
      }
    }
    return out;
  }
}
