package org.tarikh.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches a {@link RuleSet} over the items of one text: at each item it tries only the rules
 * that can start there, keeps each rule's longest match, then selects non-overlapping spans,
 * longest first (earlier rules win ties). Guards ({@code not_after}, {@code not_before}) look
 * at the item next to the span; {@code not_after} looks back through numbers and GUARDSKIP words (a list of numbers, particles)
 * ("resolutions 822, 853 and 1244").
 */
final class RuleMatcher {
  static final String GUARDSKIP = "GUARDSKIP";
  private static final String CONJ = "conj";

  private final RuleSet rules;

  RuleMatcher(RuleSet rules) {
    this.rules = rules;
  }

  /** Selected matches in text order; {@code valid} rejects a match before it takes its span. */
  List<Match> match(List<Item> items, java.util.function.Predicate<Match> valid) {
    List<Match> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (Rule r : rules.candidates(items.get(i))) {
        Match m = longest(r, items, i);
        if (m != null) {
          all.add(m);
        }
      }
    }
    return select(all, items, valid);
  }

  private Match longest(Rule r, List<Item> items, int from) {
    Match[] best = new Match[1];
    seq(r.pattern(), 0, from, from, items, null, (pos, caps) -> {
      if (pos == from || best[0] != null && best[0].to() >= pos) {
        return;
      }
      int s = Captures.mark(caps, Captures.SPAN_START, from);
      int e = Captures.mark(caps, Captures.SPAN_END, pos);
      if (s >= e || blocked(r, items, s, e)) {
        return;
      }
      best[0] = new Match(r, from, pos, s, e, Captures.toMap(caps));
    });
    return best[0];
  }

  private interface Cont {
    void accept(int pos, Captures caps);
  }

  /**
   * Matches {@code els} from element {@code k} at item {@code pos}; {@code from} is where the
   * match began. An item carrying a conjunction clitic ("و2000", "وعام") can begin a match but
   * never continue one.
   */
  private void seq(List<Element> els, int k, int from, int pos, List<Item> items, Captures caps,
                   Cont cont) {
    if (k == els.size()) {
      cont.accept(pos, caps);
      return;
    }
    Element e = els.get(k);
    if (e instanceof Element.Mark m) {
      String which = m.start() ? Captures.SPAN_START : Captures.SPAN_END;
      seq(els, k + 1, from, pos, items, Captures.with(caps, which, String.valueOf(pos)), cont);
    } else if (e instanceof Element.Atom a) {
      if (pos < items.size() && (pos == from || a.conjoined() || !CONJ.equals(items.get(pos).clitic()))
          && (!a.attached() || pos > 0 && items.get(pos - 1).end() == items.get(pos).start())) {
        Item it = items.get(pos);
        Element.Alt alt = a.accept(it);
        if (alt != null) {
          Captures c = a.slot() == null ? caps : Captures.with(caps, a.slot(), alt.value(it));
          seq(els, k + 1, from, pos + 1, items, c, cont);
        }
      }
      if (a.optional()) {
        seq(els, k + 1, from, pos, items, caps, cont);
      }
    } else if (e instanceof Element.Group g) {
      seq(g.elements(), 0, from, pos, items, caps, (p2, c2) -> seq(els, k + 1, from, p2, items, c2, cont));
      if (g.optional()) {
        seq(els, k + 1, from, pos, items, caps, cont);
      }
    }
  }

  private static boolean blocked(Rule r, List<Item> items, int s, int e) {
    if (r.notBefore() != null && e < items.size() && r.notBefore().accept(items.get(e)) != null) {
      return true;
    }
    if (r.notAfter() == null) {
      return false;
    }
    int b = s - 1;
    while (b >= 0 && (items.get(b).isDigits() || items.get(b).has(GUARDSKIP))) {
      b--;
    }
    return b >= 0 && r.notAfter().accept(items.get(b)) != null;
  }

  private static List<Match> select(List<Match> all, List<Item> items,
                                   java.util.function.Predicate<Match> valid) {
    all.sort(Comparator.comparingInt((Match m) -> -chars(m, items))
        .thenComparingInt(m -> m.rule().order()).thenComparingInt(Match::spanFrom));
    boolean[] taken = new boolean[items.size()];
    List<Match> out = new ArrayList<>();
    for (Match m : all) {
      boolean free = true;
      for (int i = m.spanFrom(); i < m.spanTo() && free; i++) {
        free = !taken[i];
      }
      if (free && valid.test(m)) {
        for (int i = m.spanFrom(); i < m.spanTo(); i++) {
          taken[i] = true;
        }
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Match::spanFrom));
    return out;
  }

  private static int chars(Match m, List<Item> items) {
    return items.get(m.spanTo() - 1).end() - items.get(m.spanFrom()).start();
  }
}
