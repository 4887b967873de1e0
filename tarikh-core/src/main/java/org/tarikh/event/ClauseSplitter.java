package org.tarikh.event;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Splits a sentence's slots into clauses where a rule of {@code events/clauses.tsv} puts a cut
 * ({@code ;}, "and in 1992", Arabic "، و٨٥٣ في ..."). A sentence without cuts is one clause.
 */
final class ClauseSplitter {
  private record Cut(boolean continues, List<Capture> captures) {
  }

  private final EventModel model;

  ClauseSplitter(EventModel model) {
    this.model = model;
  }

  List<Clause> split(List<Slot> slots, int from, int to, int sentence, int paragraph) {
    MatchContext ctx = new MatchContext(slots, to, model.lexicon, model.numbers);
    TreeMap<Integer, Cut> cuts = new TreeMap<>();
    for (int t = from; t < to; t++) {
      for (ClauseRule rule : model.clauses) {
        Match m = rule.pattern().matchAt(ctx, t);
        if (m != null) {
          addCut(cuts, m, rule.continues(), from, to);
        }
      }
    }
    List<Clause> out = new ArrayList<>(cuts.size() + 1);
    int start = from;
    boolean continues = false;
    List<Capture> captures = List.of();
    for (var e : cuts.entrySet()) {
      out.add(new Clause(start, e.getKey(), sentence, paragraph, continues, captures));
      start = e.getKey();
      continues = e.getValue().continues();
      captures = e.getValue().captures();
    }
    out.add(new Clause(start, to, sentence, paragraph, continues, captures));
    return out;
  }

  private static void addCut(TreeMap<Integer, Cut> cuts, Match m, boolean continues, int from, int to) {
    int at = -1;
    List<Capture> after = new ArrayList<>();
    for (Capture c : m.captures()) {
      if (c.name().equals(Pattern.CUT)) {
        at = c.from();
      } else if (at >= 0) {
        after.add(c);
      }
    }
    if (at > from && at < to) {
      cuts.putIfAbsent(at, new Cut(continues, List.copyOf(after)));
    }
  }
}
