package org.tarikh.model;

import java.util.List;
import java.util.Map;

/**
 * A dated fact as FACTS.md defines it.
 *
 * @param id document-local id ({@code e1}, {@code e2}, ...)
 * @param type one of the 20 event types
 * @param date TIMEX3 value of the fact's time
 * @param evidence the clause that states it
 * @param args role to entity ids
 * @param attrs literal values: strings, lists of strings, or (for votes) a map of integers
 * @param trigger span of the word that triggered the event, or {@code null}
 * @param dateSpan span of the timex the date came from, or {@code null} when inherited
 */
public record Event(String id, String type, String date, Evidence evidence,
                    Map<String, List<String>> args, Map<String, Object> attrs,
                    Span trigger, Span dateSpan) {
  public Event {
    args = Map.copyOf(args);
    attrs = Map.copyOf(attrs);
  }

  public Event withId(String newId) {
    return new Event(newId, type, date, evidence, args, attrs, trigger, dateSpan);
  }
}
