package org.tarikh.event;

import java.util.List;

/**
 * Reads a fact's literal attributes with the patterns of {@code events/attrs.tsv}: resolution
 * numbers, session and membership ordinals, votes, ranks, durations, roles and awards. Each
 * attribute takes its first value, from the clause first (from the fact's own date on, when the
 * clause states several: "in September 2006, 60th and March 2008, 62nd session"), then wider as
 * the rule's scope allows.
 */
final class AttrReader {
  private final EventModel model;

  AttrReader(EventModel model) {
    this.model = model;
  }

  /** Stores the attributes a match captured that the fact's type carries. */
  static void take(Candidate c, List<Capture> captures, DocView doc) {
    for (Capture cap : captures) {
      if (c.acceptsAttr(cap.name()) && !(cap.value() instanceof org.tarikh.model.Entity)) {
        c.putAttr(cap.name(), cap.value() == null
            ? doc.originalText(cap.normStart(), cap.normEnd()).strip() : cap.value());
      }
    }
  }

  void read(Candidate c, DocView doc) {
    Clause cl = c.clause;
    if (c.explicit && c.dateSlot > cl.from()) {
      for (AttrRule r : model.attrs) {
        Match m = relevant(c, r) ? find(r, doc, c.dateSlot, cl.to()) : null;
        if (m != null) {
          take(c, m.captures(), doc);
        }
      }
    }
    for (AttrRule r : model.attrs) {
      if (!relevant(c, r)) {
        continue;
      }
      Match m = find(r, doc, cl.from(), cl.to());
      if (m == null && r.scope() != AttrRule.Scope.CLAUSE) {
        m = find(r, doc, doc.sentFrom[cl.sentence()], doc.sentTo[cl.sentence()]);
      }
      int first = firstContextSentence(c, doc);
      for (int s = cl.sentence() - 1; m == null && r.scope() == AttrRule.Scope.PARAGRAPH && s >= first; s--) {
        m = find(r, doc, doc.sentFrom[s], doc.sentTo[s]);
      }
      if (m != null) {
        take(c, m.captures(), doc);
      }
    }
  }

  /**
   * The earliest sentence whose attributes belong to the fact: its paragraph's first, or, for an
   * inherited date, the sentence that stated that date if it is earlier ("the 62nd session
   * discussed ... on 14 March 2008. [...] The Assembly adopted a resolution."). A fact with a
   * date of its own does not reach back past a sentence that states a date: that sentence speaks
   * of another occasion ("the 49th session" in September 1994 is not the session of a speech
   * dated October 1995), while an undated one ("The vote was 39 to 7.") still belongs to it.
   */
  private static int firstContextSentence(Candidate c, DocView doc) {
    int first = c.clause.sentence();
    while (first > 0 && doc.paragraph[first - 1] == c.clause.paragraph()
        && !(c.explicit && statesDate(doc, first - 1))) {
      first--;
    }
    return c.dateSlot < 0 ? first : Math.min(first, doc.sentenceOf(c.dateSlot));
  }

  private static boolean statesDate(DocView doc, int sentence) {
    for (int i = doc.sentFrom[sentence]; i < doc.sentTo[sentence]; i++) {
      Slot slot = doc.slots.get(i);
      if (slot.is(Slot.Kind.TIMEX) && slot.timex().type() == org.tarikh.model.TimexType.DATE) {
        return true;
      }
    }
    return false;
  }

  private static boolean relevant(Candidate c, AttrRule r) {
    return r.names().stream()
        .anyMatch(n -> c.acceptsAttr(n) && !c.hasAttr(n));
  }

  private Match find(AttrRule r, DocView doc, int from, int to) {
    return r.pattern().find(new MatchContext(doc.slots, to, model.lexicon, model.numbers), from);
  }
}
