package org.tarikh.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact being assembled: its type, date, clause, trigger, roles and attributes. Mutable while
 * the stage fills it, then turned into an immutable {@link org.tarikh.model.Event}.
 */
final class Candidate {
  final EventType type;
  final String date;
  /** Whether the clause itself gives the date (not inherited from context). */
  final boolean explicit;
  /** The slot of the timex the date came from (stated in the clause or inherited). */
  final int dateSlot;
  Clause clause;
  final int trigger;
  final Map<String, List<String>> args = new LinkedHashMap<>();
  final Map<String, Object> attrs = new LinkedHashMap<>();

  Candidate(EventType type, String date, boolean explicit, int dateSlot, Clause clause, int trigger) {
    this.type = type;
    this.date = date;
    this.explicit = explicit;
    this.dateSlot = dateSlot;
    this.clause = clause;
    this.trigger = trigger;
  }

  void addArg(String role, String id) {
    List<String> ids = args.computeIfAbsent(role, r -> new ArrayList<>());
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  boolean hasArg(String id) {
    return args.values().stream().anyMatch(l -> l.contains(id));
  }

  /** Sets an attribute unless it is already set ({@code votes.for} goes into the votes map). */
  @SuppressWarnings("unchecked")
  void putAttr(String name, Object value) {
    if (name.startsWith("votes.")) {
      Map<String, Object> votes = (Map<String, Object>) attrs.computeIfAbsent("votes", k -> new LinkedHashMap<>());
      long n = Long.parseLong((String) value);
      if (n <= Integer.MAX_VALUE) {
        votes.putIfAbsent(name.substring("votes.".length()), (int) n);
      }
      return;
    }
    attrs.putIfAbsent(name, value);
  }

  /** Whether the attribute is set ({@code votes.for} looks inside the votes map). */
  boolean hasAttr(String name) {
    if (name.startsWith("votes.")) {
      return attrs.get("votes") instanceof Map<?, ?> m && m.containsKey(name.substring("votes.".length()));
    }
    return attrs.containsKey(name);
  }

  boolean acceptsAttr(String name) {
    return type.attrs().contains(name) || name.startsWith("votes.") && type.attrs().contains("votes");
  }
}
