package org.tarikh.check;

import java.time.YearMonth;
import java.util.ArrayList;
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
public final class GaSessionCheck implements ReferenceCheck {
  private static final String GA = "org:unga";
  private final UnRecord record;

  public GaSessionCheck(UnRecord record) {
    this.record = record;
  }

  @Override
  public List<Finding> check(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    for (Event e : doc.events()) {
      if (!e.args().getOrDefault("body", List.of()).contains(GA) || !(e.attrs().get("session") instanceof String s)
          || !s.matches("\\d{1,3}")) {
        continue;
      }
      int session = Integer.parseInt(s);
      DateRange date = DateRange.parse(e.date());
      Optional<YearMonth> opens = record.sessionOpens(session);
      Optional<YearMonth> next = record.sessionOpens(session + 1);
      if (!date.known() || opens.isEmpty() || next.isEmpty()) {
        continue;
      }
      DateRange term = new DateRange(opens.get().atDay(1), next.get().atEndOfMonth());
      if (date.relate(term) == DateRange.Relation.DISJOINT) {
        out.add(new Finding("ga-session-year", e.evidence().start(), e.evidence().end(),
            "the General Assembly's session " + session + " opened in " + opens.get()
                + " and ran until " + next.get() + ", which does not fit the date " + e.date(),
            e.evidence().text(), suggestion(date)));
      }
    }
    return out;
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
