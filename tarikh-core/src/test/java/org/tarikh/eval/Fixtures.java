package org.tarikh.eval;

import java.util.List;
import java.util.Map;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Timex;
import org.tarikh.model.TimexType;

/** Small builders for hand-made scoring cases. */
final class Fixtures {
  private Fixtures() {
  }

  static Timex timex(int start, int end, String value) {
    return new Timex("t", start, end, TimexType.DATE, value);
  }

  static Entity entity(String id) {
    return new Entity(id, EntityKind.STATE, id, List.of(), List.of(), null);
  }

  static Event event(String id, String type, String date, int start, int end) {
    return event(id, type, date, start, end, Map.of(), Map.of());
  }

  static Event event(String id, String type, String date, int start, int end,
                     Map<String, List<String>> args, Map<String, Object> attrs) {
    return new Event(id, type, date, new Evidence(start, end, "s"), args, attrs, null, null);
  }

  static DocumentResult doc(String id, String lang, List<Timex> timexes, List<Entity> entities,
                            List<Event> events) {
    return new DocumentResult(new DocInfo(id, lang, null, null, null), timexes, entities, events,
        List.of(), null);
  }
}
