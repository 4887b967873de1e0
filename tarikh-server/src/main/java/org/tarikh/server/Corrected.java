package org.tarikh.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.store.FactKey;
import org.tarikh.store.Review;

/** A stored result with editors' reviews applied: corrected dates, roles and attributes; rejected facts left out. */
final class Corrected {
  private Corrected() {
  }

  static DocumentResult apply(Chronicle chronicle, DocumentResult r) {
    List<Event> events = new ArrayList<>();
    for (Event e : r.events()) {
      FactKey key = new FactKey(r.doc().id(), e.type(), e.evidence().start(), e.evidence().end(), e.date());
      Review review = chronicle.read(s -> s.reviewOf(key)).orElse(null);
      if (review == null || review.verdict() == Review.Verdict.ACCEPTED) {
        events.add(e);
      } else if (review.verdict() == Review.Verdict.CORRECTED) {
        events.add(new Event(e.id(), e.type(), review.date() == null ? e.date() : review.date(), e.evidence(),
            review.args() == null ? e.args() : review.args(),
            review.attrs() == null ? e.attrs() : Map.copyOf(review.attrs()), e.trigger(), e.dateSpan()));
      }
    }
    return new DocumentResult(r.doc(), r.timexes(), r.entities(), events, r.findings(), r.text());
  }
}
