package org.tarikh.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.tarikh.align.DateRange;
import org.tarikh.event.EventType;
import org.tarikh.event.EventTypes;
import org.tarikh.event.Recurrence;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;

/**
 * The same fact stated twice in one text with different dates: two events of one type that
 * cite the same numbers (resolution 822 on two dates), or two events of a type that happens once
 * for the same participants ({@code recurs = never} in {@code event/types.tsv}: a
 * state is admitted to the UN once) with every role of the type filled and equal (a state that
 * signs two different treaties must not look like one accession stated twice), whose dates
 * conflict (neither is merely coarser). Reported at the second statement, quoting both.
 */
public final class DuplicateFactCheck implements ReferenceCheck {
  private final EventTypes types;

  public DuplicateFactCheck(EventTypes types) {
    this.types = types;
  }

  @Override
  public List<Finding> check(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        Event a = events.get(i);
        Event b = events.get(j);
        if (sameFact(a, b) && DateRange.parse(a.date()).relate(DateRange.parse(b.date())).conflicts()) {
          out.add(EventCheck.finding(b, "duplicate-fact-date", "this " + b.type() + " is stated earlier with the date "
              + a.date() + " (\"" + a.evidence().text() + "\") and here with " + b.date(), null));
        }
      }
    }
    return out;
  }

  /** Whether every role of the event's type is filled (so that equal args mean the same participants). */
  private boolean fullyIdentified(Event e) {
    EventType type = types.all().get(e.type());
    return type != null && !type.roles().isEmpty() && e.args().keySet().containsAll(type.roles().keySet());
  }

  private boolean sameFact(Event a, Event b) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    Object na = a.attrs().get("numbers");
    if (na != null && Objects.equals(na, b.attrs().get("numbers"))) {
      return true;
    }
    return types.recurs(a.type()) == Recurrence.NEVER && fullyIdentified(a)
        && new TreeMap<>(a.args()).equals(new TreeMap<>(b.args()));
  }
}
