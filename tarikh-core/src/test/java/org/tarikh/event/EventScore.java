package org.tarikh.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tarikh.model.Event;

/**
 * Event scoring as FACTS.md defines it (test helper until the shared scorer lands): predicted and
 * gold events match when type and date are equal and evidence spans overlap, paired one to one
 * greedily in document order; argument F1 over (role, id) pairs of matched pairs; attribute
 * accuracy over the gold attributes of matched pairs. Accumulates over documents (micro).
 */
final class EventScore {
  int tp;
  int fp;
  int fn;
  int argTp;
  int argPred;
  int argGold;
  int attrOk;
  int attrTotal;
  final List<String> log = new ArrayList<>();

  void add(List<Event> predicted, List<Event> gold) {
    Set<Event> used = new HashSet<>();
    for (Event g : gold) {
      Event p = predicted.stream().filter(x -> !used.contains(x) && matches(x, g)).findFirst().orElse(null);
      if (p == null) {
        fn++;
        log.add("MISS " + g.type() + " " + g.date() + " " + g.evidence().text());
        continue;
      }
      used.add(p);
      tp++;
      args(p, g);
      attrs(p, g);
    }
    for (Event p : predicted) {
      if (!used.contains(p)) {
        fp++;
        log.add("FP   " + p.type() + " " + p.date() + " " + p.args() + " " + p.evidence().text());
      }
    }
  }

  static boolean matches(Event p, Event g) {
    return p.type().equals(g.type()) && Objects.equals(p.date(), g.date())
        && p.evidence().span().overlaps(g.evidence().span());
  }

  private void args(Event p, Event g) {
    Set<String> ps = pairs(p.args());
    Set<String> gs = pairs(g.args());
    argPred += ps.size();
    argGold += gs.size();
    ps.retainAll(gs);
    argTp += ps.size();
    if (!pairs(p.args()).equals(gs)) {
      log.add("ARGS " + g.type() + " " + g.date() + " pred=" + p.args() + " gold=" + g.args());
    }
  }

  private void attrs(Event p, Event g) {
    for (Map.Entry<String, Object> e : g.attrs().entrySet()) {
      attrTotal++;
      if (Objects.equals(String.valueOf(p.attrs().get(e.getKey())), String.valueOf(e.getValue()))) {
        attrOk++;
      } else {
        log.add("ATTR " + g.type() + " " + g.date() + " " + e.getKey() + " pred=" + p.attrs().get(e.getKey())
            + " gold=" + e.getValue());
      }
    }
  }

  private static Set<String> pairs(Map<String, List<String>> args) {
    Set<String> out = new HashSet<>();
    args.forEach((r, ids) -> ids.forEach(id -> out.add(r + "=" + id)));
    return out;
  }

  double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double argF1() {
    double p = argPred == 0 ? 1 : (double) argTp / argPred;
    double r = argGold == 0 ? 1 : (double) argTp / argGold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double attrAccuracy() {
    return attrTotal == 0 ? 1 : (double) attrOk / attrTotal;
  }

  @Override
  public String toString() {
    return String.format("events P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) argF1=%.3f attrAcc=%.3f (%d/%d)",
        precision(), recall(), f1(), tp, fp, fn, argF1(), attrAccuracy(), attrOk, attrTotal);
  }
}
