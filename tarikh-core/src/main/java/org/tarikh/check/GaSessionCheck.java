package org.tarikh.check;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.tarikh.align.DateRange;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.reference.UnRecord;

/**
 * A General Assembly session number that does not fit the fact's date: session N opens in
 * September of 1945+N and runs until session N+1 opens ({@code reference/ga-sessions.tsv}), so
 * "the 49th session ... September 1994" fits and "the 49th session ... 1997" does not. Reads
 * events whose {@code body} is the General Assembly and that carry a {@code session}.
 */
public final class GaSessionCheck extends EventCheck {
  private static final String GA = "org:unga";
  private final UnRecord record;

  public GaSessionCheck(UnRecord record) {
    this.record = record;
  }

  @Override
  boolean concerns(Event e) {
    return hasBody(e, GA) && e.attrs().get("session") instanceof String s && s.matches("\\d{1,3}");
  }

  @Override
  List<Finding> judge(Event e) {
    int session = Integer.parseInt((String) e.attrs().get("session"));
    DateRange date = DateRange.parse(e.date());
    Optional<YearMonth> opens = record.sessionOpens(session);
    Optional<YearMonth> next = record.sessionOpens(session + 1);
    if (!date.known() || opens.isEmpty() || next.isEmpty()) {
      return List.of();
    }
    DateRange term = new DateRange(opens.get().atDay(1), next.get().atEndOfMonth());
    if (date.relate(term) != DateRange.Relation.DISJOINT) {
      return List.of();
    }
    return List.of(finding(e, "ga-session-year", "the General Assembly's session " + session + " opened in "
        + opens.get() + " and ran until " + next.get() + ", which does not fit the date " + e.date(),
        suggestion(date)));
  }

  /** The session that was sitting at the start of the date (opens in September of 1945+N). */
  private String suggestion(DateRange date) {
    for (int n = 1; n < 200; n++) {
      Optional<YearMonth> o = record.sessionOpens(n);
      Optional<YearMonth> next = record.sessionOpens(n + 1);
      if (o.isPresent() && next.isPresent() && !date.first().isBefore(o.get().atDay(1))
          && date.first().isBefore(next.get().atDay(1))) {
        return "session " + n;
      }
    }
    return null;
  }
}
