package org.tarikh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;

/** Makes the {@link FactView}s of one lane: entity ids become names, attrs become text. */
final class FactViews {
  private FactViews() {
  }

  static FactView of(Lane lane, Event event, List<Integer> conflicts, List<String> linkedTo) {
    List<FactView.Role> roles = new ArrayList<>();
    new TreeMap<>(event.args()).forEach((role, ids) ->
        roles.add(new FactView.Role(role, ids.stream().map(id -> entity(lane, id)).toList())));
    List<FactView.Attr> attrs = new ArrayList<>();
    new TreeMap<>(event.attrs()).forEach((name, value) ->
        attrs.add(new FactView.Attr(name, format(value))));
    String evidence = lane.source().slice(event.evidence().start(), event.evidence().end());
    return new FactView(lane, event, TimexDate.of(event.date()), roles, attrs, evidence,
        List.copyOf(conflicts), List.copyOf(linkedTo));
  }

  private static FactView.EntityRef entity(Lane lane, String id) {
    Entity e = lane.mentions().entity(id);
    if (e == null) {
      return new FactView.EntityRef(id, id, List.of());
    }
    String name = e.name() == null || e.name().isBlank() ? id : e.name();
    return new FactView.EntityRef(id, name, e.names());
  }

  /** Strings as they are, lists joined by commas, maps (votes) as {@code for 155 · against 0}. */
  static String format(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(FactViews::format).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue()))
          .collect(Collectors.joining(" · "));
    }
    return String.valueOf(value);
  }
}
