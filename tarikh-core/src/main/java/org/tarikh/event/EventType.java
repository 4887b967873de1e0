package org.tarikh.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tarikh.model.EntityKind;

/**
 * One of the event types of FACTS.md: its name, its roles with the entity kinds that may fill
 * each, in table order, the literal attributes it carries, and how reconciliation treats it.
 *
 * @param name type name ({@code ADMISSION})
 * @param roles role name to the entity kinds allowed in it, in table order
 * @param attrs attribute names ({@code numbers}, {@code session}, ...)
 * @param group reconciliation group: events of one group may state the same fact
 * @param recurs how often a fact of this type repeats for the same participants
 * @param anchor the id prefix ({@code person}) of the entity kind a fact of this type is about, if any
 */
public record EventType(String name, Map<String, Set<EntityKind>> roles, Set<String> attrs, String group,
                        Recurrence recurs, Optional<String> anchor) {
  public EventType {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    attrs = Set.copyOf(attrs);
  }

  /** Whether an entity of {@code kind} may fill {@code role}. */
  public boolean accepts(String role, EntityKind kind) {
    Set<EntityKind> kinds = roles.get(role);
    return kinds != null && kinds.contains(kind);
  }

  public List<String> roleNames() {
    return List.copyOf(roles.keySet());
  }
}
