package org.tarikh.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the facts one clause states: for each type, the first rule (in file order) whose
 * pattern matches; a trigger word states one fact only (the earlier rule wins). A clause with
 * several dates that are not coordinated may state a type's fact again at another, separate
 * match; each then takes the date nearest its trigger. Each fact gets
 * the clause's dates (see {@link DatePicker}) or, when the clause has none, the date inherited
 * from context; a fact without any date is dropped. A rule may capture the date itself
 * ({@code @>date}); a negated trigger states no fact.
 */
final class EventFinder {
  /** Capture name of a timex that a rule says is the fact's own date ({@code ( @>date )}). */
  static final String DATE = "date";

  private final EventModel model;
  private final DatePicker dates;
  private final ArgumentFiller filler;
  private final AttrReader attrs;

  EventFinder(EventModel model) {
    this.model = model;
    this.dates = new DatePicker(model.lexicon);
    this.filler = new ArgumentFiller(model);
    this.attrs = new AttrReader(model);
  }

  DatePicker dates() {
    return dates;
  }

  List<Candidate> find(DocView doc, Clause c, List<DatePicker.Dated> own,
                       DatePicker.Dated inherited) {
    MatchContext ctx = new MatchContext(doc.slots, c.to(), model.lexicon, model.numbers);
    Map<EventType, List<Map.Entry<EventRule, Match>>> best = new LinkedHashMap<>();
    Set<Integer> triggers = new HashSet<>();
    boolean severalDates = own.size() > 1 && dates.forTrigger(doc.slots, own, c.from()).size() == 1;
    java.util.BitSet applicable = model.triggers.rulesIn(doc.slots, c.from(), c.to());
    for (int r = applicable.nextSetBit(0); r >= 0; r = applicable.nextSetBit(r + 1)) {
      EventRule rule = model.rules.get(r);
      List<Map.Entry<EventRule, Match>> ofType = best.get(rule.type());
      if (ofType != null && !severalDates) {
        continue;
      }
      Match m = firstFree(ctx, c, rule, ofType == null ? List.of() : ofType, triggers);
      while (m != null) {
        triggers.add(m.anchor());
        List<Map.Entry<EventRule, Match>> taken = best.computeIfAbsent(rule.type(), k -> new ArrayList<>());
        taken.add(Map.entry(rule, m));
        m = severalDates ? firstFree(ctx, c, rule, taken, triggers) : null;
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Map.Entry<EventRule, Match>> ofType : best.values()) {
      for (Map.Entry<EventRule, Match> e : ofType) {
        out.addAll(candidates(doc, c, e.getKey(), e.getValue(), own, inherited, ctx));
      }
    }
    return out;
  }

  /**
   * The leftmost match of a rule that states a fact: not negated, not vetoed by its
   * {@code unless}, on a trigger no other fact took, and clear of the matches its type already
   * has (a clause with several dates may state one type's fact more than once: "seized Kuwait in
   * 1990 ... during the Gulf War of 1991").
   */
  private Match firstFree(MatchContext ctx, Clause c, EventRule rule, List<Map.Entry<EventRule, Match>> taken,
                          Set<Integer> triggers) {
    int from = c.from();
    while (from < c.to()) {
      Match m = rule.pattern().find(ctx, from);
      if (m == null) {
        return null;
      }
      if (!negated(ctx.slots(), m, c) && !triggers.contains(m.anchor()) && clear(m, taken)) {
        return rule.unless() == null || rule.unless().find(ctx, c.from()) == null ? m : null;
      }
      if (taken.isEmpty()) {
        return null;
      }
      from = m.start() + 1;
    }
    return null;
  }

  private static boolean clear(Match m, List<Map.Entry<EventRule, Match>> taken) {
    for (Map.Entry<EventRule, Match> t : taken) {
      if (m.start() < t.getValue().end() && t.getValue().start() < m.end()) {
        return false;
      }
    }
    return true;
  }

  /** A negation just before the trigger or inside the match ("failed to adopt", "لعدم تبني"). */
  private boolean negated(List<Slot> slots, Match m, Clause c) {
    for (int i = Math.max(c.from(), m.anchor() - NEGATION_WINDOW); i < m.end(); i++) {
      if (model.lexicon.isNegation(slots.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static final int NEGATION_WINDOW = 3;

  private List<Candidate> candidates(DocView doc, Clause c, EventRule rule, Match m,
                                     List<DatePicker.Dated> own, DatePicker.Dated inherited,
                                     MatchContext ctx) {
    List<Candidate> out = new ArrayList<>();
    Capture stated = m.captures().stream().filter(x -> x.name().equals(DATE)).findFirst().orElse(null);
    if (stated != null) {
      out.add(new Candidate(rule.type(), (String) stated.value(), true, stated.from(), c, m.anchor()));
    } else if (own.isEmpty()) {
      if (inherited != null) {
        out.add(new Candidate(rule.type(), inherited.value(), false, inherited.slot(), c, m.anchor()));
      }
    } else {
      for (DatePicker.Dated d : dates.forTrigger(doc.slots, own, m.anchor())) {
        out.add(new Candidate(rule.type(), d.value(), true, d.slot(), c, m.anchor()));
      }
    }
    for (Candidate cand : out) {
      filler.fill(cand, rule, m, ctx);
      AttrReader.take(cand, m.captures(), doc);
      attrs.read(cand, doc);
    }
    return out;
  }

  /** Facts a continuing clause repeats from the previous one, with its own entities and date. */
  List<Candidate> continuation(DocView doc, Clause c, List<DatePicker.Dated> own, List<Candidate> previous) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate p : previous) {
      for (DatePicker.Dated d : own) {
        Candidate n = new Candidate(p.type, d.value(), true, d.slot(), c, c.from());
        Set<String> replaced = new HashSet<>();
        p.args.forEach((role, ids) -> ids.forEach(id -> n.addArg(role, id)));
        for (int i = c.from(); i < c.to(); i++) {
          Slot s = doc.slots.get(i);
          if (s.entity() != null) {
            replaceRole(n, p, s, replaced);
          }
        }
        AttrReader.take(n, c.cutCaptures(), doc);
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Puts a continuing clause's entity into the role where the previous fact had an entity of the
   * same kind (kinds read from FACTS.md id prefixes: {@code place:}, {@code org:}, ...).
   */
  private static void replaceRole(Candidate n, Candidate p, Slot s, Set<String> replaced) {
    String prefix = s.entity().kind().name().toLowerCase(java.util.Locale.ROOT) + ":";
    for (Map.Entry<String, List<String>> e : p.args.entrySet()) {
      String role = e.getKey();
      if (e.getValue().stream().anyMatch(id -> id.startsWith(prefix))) {
        if (replaced.add(role)) {
          n.args.get(role).clear();
        }
        n.addArg(role, s.entity().id());
        return;
      }
    }
  }
}
