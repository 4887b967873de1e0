package org.tarikh.check;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;

/**
 * The shape of the checks that judge one event at a time against reference data: every event the
 * check {@linkplain #concerns concerns} is {@linkplain #judge judged} alone, and a finding stands
 * at the event's evidence and quotes it ({@link #finding}).
 */
abstract class EventCheck implements ReferenceCheck {
  @Override
  public final List<Finding> check(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    for (Event e : doc.events()) {
      if (concerns(e)) {
        out.addAll(judge(e));
      }
    }
    return out;
  }

  /** Whether this check reads the event (its type, body and attrs are the ones it knows). */
  abstract boolean concerns(Event e);

  /** What is wrong with an event it concerns; empty when nothing is. */
  abstract List<Finding> judge(Event e);

  /** Whether the event's {@code body} role names this id. */
  static boolean hasBody(Event e, String id) {
    return e.args().getOrDefault("body", List.of()).contains(id);
  }

  /** A finding at an event's evidence, quoting it. */
  static Finding finding(Event e, String kind, String message, String suggestion) {
    return new Finding(kind, e.evidence().start(), e.evidence().end(), message, e.evidence().text(), suggestion);
  }
}
