package org.tarikh.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summed counts of one set of documents (a language, or all) and the figures FACTS.md
 * defines on them, micro-averaged: counts are summed over documents before any ratio is taken.
 *
 * @param documents number of gold documents in the set
 */
public record SetScores(int documents, TimexScorer.Result timex, Counts entities, Counts events,
                        Counts args, Tally attrs, AlignmentScorer.Result alignment) {

  /** The metric names, in the order they are printed. */
  public static final java.util.List<String> METRICS = java.util.List.of(
      "timex_relaxed_p", "timex_relaxed_r", "timex_relaxed_f1",
      "timex_strict_p", "timex_strict_r", "timex_strict_f1",
      "timex_value_f1",
      "entity_p", "entity_r", "entity_f1",
      "event_p", "event_r", "event_f1",
      "arg_f1", "attr_acc",
      "link_p", "link_r", "link_f1",
      "conflict_p", "conflict_r", "conflict_f1");

  /** Each metric of {@link #METRICS} with its value (0 where a ratio has nothing to divide by). */
  public Map<String, Double> figures() {
    Map<String, Double> out = new LinkedHashMap<>();
    prf(out, "timex_relaxed", timex.relaxed());
    prf(out, "timex_strict", timex.strict());
    out.put("timex_value_f1", timex.value().f1());
    prf(out, "entity", entities);
    prf(out, "event", events);
    out.put("arg_f1", args.f1());
    out.put("attr_acc", attrs.accuracy());
    prf(out, "link", alignment.links());
    prf(out, "conflict", alignment.conflicts());
    return out;
  }

  private static void prf(Map<String, Double> out, String prefix, Counts c) {
    out.put(prefix + "_p", c.precision());
    out.put(prefix + "_r", c.recall());
    out.put(prefix + "_f1", c.f1());
  }
}
