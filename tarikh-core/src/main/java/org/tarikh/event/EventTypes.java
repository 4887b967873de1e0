package org.tarikh.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.ResourceException;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;

/**
 * The 20 event types of FACTS.md with their roles and attributes, read once from the
 * language-neutral resource {@code org/tarikh/event/types.tsv}. Rules of every language pack are
 * validated against it: a rule naming an unknown type, role or attribute fails at load time.
 */
public final class EventTypes {
  static final String RESOURCE = "/org/tarikh/event/types.tsv";

  private static final class Holder {
    static final EventTypes STANDARD = load();
  }

  private final Map<String, EventType> types;

  private EventTypes(Map<String, EventType> types) {
    this.types = java.util.Collections.unmodifiableMap(types);
  }

  /** The standard table (FACTS.md). */
  public static EventTypes standard() {
    return Holder.STANDARD;
  }

  public Map<String, EventType> all() {
    return types;
  }

  /** The type called {@code name}; a {@link ResourceException} naming the row otherwise. */
  public EventType require(String name, TsvTable.Row where) {
    EventType t = types.get(name);
    if (t == null) {
      throw where.error("unknown event type '" + name + "' (known: " + types.keySet() + ")");
    }
    return t;
  }

  private static EventTypes load() {
    try (InputStream in = EventTypes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ResourceException(RESOURCE, 0, "not found on the classpath");
      }
      TsvTable t = TsvTable.parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8),
          Set.of("type", "roles", "attrs"));
      Map<String, EventType> out = new LinkedHashMap<>();
      for (TsvTable.Row r : t.rows()) {
        String name = r.require("type");
        out.put(name, new EventType(name, roles(r), attrs(r.get("attrs"))));
      }
      return new EventTypes(out);
    } catch (IOException e) {
      throw new ResourceException(RESOURCE, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static Map<String, Set<EntityKind>> roles(TsvTable.Row r) {
    Map<String, Set<EntityKind>> roles = new LinkedHashMap<>();
    for (String spec : r.require("roles").split("\\s+")) {
      int colon = spec.indexOf(':');
      if (colon <= 0) {
        throw r.error("role '" + spec + "' must be role:KIND|KIND");
      }
      Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
      for (String k : spec.substring(colon + 1).split("\\|")) {
        try {
          kinds.add(EntityKind.valueOf(k));
        } catch (IllegalArgumentException e) {
          throw r.error("unknown entity kind '" + k + "' in role '" + spec + "'");
        }
      }
      roles.put(spec.substring(0, colon), kinds);
    }
    return roles;
  }

  private static Set<String> attrs(String cell) {
    Set<String> out = new HashSet<>();
    for (String a : cell.split("\\s+")) {
      if (!a.isBlank()) {
        out.add(a);
      }
    }
    return out;
  }
}
