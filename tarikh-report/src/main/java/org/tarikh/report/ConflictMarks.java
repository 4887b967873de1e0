package org.tarikh.report;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Event;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;

/**
 * Finds where a fact's evidence states the value a conflict disputes: for {@code date}, the
 * fact's date span or the timexes in the evidence with that value (else any timex in it whose
 * value is coarser or finer); for a role, the mentions of the entity; for an attr, the value
 * itself (digits of any script).
 */
final class ConflictMarks {
  private ConflictMarks() {
  }

  static List<Span> of(FactView fact, String field, String value) {
    if (fact == null || value == null) {
      return List.of();
    }
    Event e = fact.event();
    Span evidence = e.evidence().span();
    if (field.equals("date")) {
      return dateMarks(fact, value);
    }
    if (e.args().containsKey(field)) {
      return fact.lane().mentions().mentionsIn(value, evidence);
    }
    List<Span> literal = fact.lane().search().find(value, evidence.start(), evidence.end(), false);
    if (!literal.isEmpty()) {
      return literal;
    }
    List<Span> parts = new ArrayList<>();
    for (String token : value.split("[^\\p{L}\\p{Nd}]+")) {
      parts.addAll(fact.lane().search().find(token, evidence.start(), evidence.end(), true));
    }
    return parts;
  }

  private static List<Span> dateMarks(FactView fact, String value) {
    Event e = fact.event();
    if (e.dateSpan() != null) {
      return List.of(e.dateSpan());
    }
    Span evidence = e.evidence().span();
    List<Timex> inside = fact.lane().source().result().timexes().stream()
        .filter(t -> evidence.contains(t.span())).toList();
    List<Span> exact = inside.stream().filter(t -> value.equals(t.value())).map(Timex::span).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return inside.stream()
        .filter(t -> t.value() != null && (t.value().startsWith(value) || value.startsWith(t.value())))
        .map(Timex::span).toList();
  }
}
