package org.tarikh.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled event pattern: a sequence of {@link Element}s matched against slots, left to
 * right, with lazy gaps and optional elements (backtracking). Immutable and thread-safe.
 */
final class Pattern {
  /** Capture name of a {@link Element.Cut}. */
  static final String CUT = "^";

  private final String source;
  private final List<Element> elements;
  private final int triggerIndex;

  Pattern(String source, List<Element> elements) {
    this.source = source;
    this.elements = List.copyOf(elements);
    this.triggerIndex = firstWord(elements);
  }

  String source() {
    return source;
  }

  /** The first non-optional word element, whose slot is the match's trigger; -1 when none. */
  private static int firstWord(List<Element> elements) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof Element.Word) {
        return i;
      }
    }
    return -1;
  }

  /** The trigger word element, used to skip clauses that cannot match; may be {@code null}. */
  Element.Word trigger() {
    return triggerIndex < 0 ? null : (Element.Word) elements.get(triggerIndex);
  }

  /**
   * The leftmost match starting in {@code [from, ctx.limit())}, or {@code null}. Of the matches
   * that share its trigger, the one starting last wins, so that a leading entity slot takes the
   * entity nearest the trigger ("the president of Azerbaijan Ilham Aliyev was awarded").
   */
  Match find(MatchContext ctx, int from) {
    for (int start = from; start < ctx.limit(); start++) {
      Match m = matchAt(ctx, start);
      if (m != null) {
        return elements.get(0) instanceof Element.EntitySlot ? nearest(ctx, m) : m;
      }
    }
    return null;
  }

  private Match nearest(MatchContext ctx, Match first) {
    Match best = first;
    for (int start = first.start() + 1; start < first.anchor(); start++) {
      Match m = matchAt(ctx, start);
      if (m != null && m.anchor() == first.anchor()) {
        best = m;
      }
    }
    return best;
  }

  /** A match starting exactly at {@code start}, or {@code null}. */
  Match matchAt(MatchContext ctx, int start) {
    List<Capture> caps = new ArrayList<>(4);
    int[] trigger = {-1};
    int end = match(ctx, 0, start, caps, trigger);
    return end < 0 ? null : new Match(start, end, trigger[0], List.copyOf(caps));
  }

  private int match(MatchContext ctx, int e, int t, List<Capture> caps, int[] trigger) {
    if (e == elements.size()) {
      return t;
    }
    Element el = elements.get(e);
    if (el instanceof Element.Gap g) {
      for (int k = 0; k <= g.max() && t + k <= ctx.limit(); k++) {
        int end = match(ctx, e + 1, t + k, caps, trigger);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    int mark = caps.size();
    int n = el.consume(ctx, t, caps);
    if (n >= 0) {
      int end = match(ctx, e + 1, t + n, caps, trigger);
      if (end >= 0) {
        if (e == triggerIndex) {
          trigger[0] = t;
        }
        return end;
      }
      truncate(caps, mark);
    }
    return el instanceof Element.Optional ? match(ctx, e + 1, t, caps, trigger) : -1;
  }

  private static void truncate(List<Capture> caps, int size) {
    while (caps.size() > size) {
      caps.remove(caps.size() - 1);
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
