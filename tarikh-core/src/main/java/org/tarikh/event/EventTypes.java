package org.tarikh.event;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tarikh.lang.ResourceException;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;

/**
 * The 20 event types of FACTS.md with their roles and attributes, and for reconciliation their
 * group, how often a fact of the type repeats for the same participants, the entity kind a fact of
 * the type is about (its anchor) and the other groups that may state the same fact under another
 * type (kin). Read once from the language-neutral resource {@code org/tarikh/event/types.tsv} and
 * validated at load time (errors name file and line). Rules of every language pack are validated
 * against it: a rule naming an unknown type, role or attribute fails at load time. A type the
 * table does not list is its own group, recurs {@link Recurrence#OFTEN}, with no anchor and no kin.
 */
public final class EventTypes {
  static final String RESOURCE = "/org/tarikh/event/types.tsv";
  private static final String NONE = "-";

  private static final class Holder {
    static final EventTypes STANDARD = load();
  }

  private final Map<String, EventType> types;
  private final Map<String, Set<String>> kin;

  private EventTypes(Map<String, EventType> types, Map<String, Set<String>> kin) {
    this.types = Collections.unmodifiableMap(types);
    Map<String, Set<String>> k = new HashMap<>();
    kin.forEach((g, others) -> others.forEach(o -> {
      k.computeIfAbsent(g, x -> new HashSet<>()).add(o);
      k.computeIfAbsent(o, x -> new HashSet<>()).add(g);
    }));
    k.replaceAll((g, s) -> Set.copyOf(s));
    this.kin = Map.copyOf(k);
  }

  /** The standard table (FACTS.md). */
  public static EventTypes standard() {
    return Holder.STANDARD;
  }

  /** Every type by name, in table order. */
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

  /** The group of a type (the type itself when the table does not list it). */
  public String group(String type) {
    EventType t = types.get(type);
    return t == null ? type : t.group();
  }

  /** True when two types may state the same fact. */
  public boolean compatible(String a, String b) {
    return group(a).equals(group(b));
  }

  /** How often a fact of this type repeats ({@link Recurrence#OFTEN} for unknown types). */
  public Recurrence recurs(String type) {
    EventType t = types.get(type);
    return t == null ? Recurrence.OFTEN : t.recurs();
  }

  /** The id prefix ({@code person}) of the entity kind a fact of this type is about, if any. */
  public Optional<String> anchor(String type) {
    EventType t = types.get(type);
    return t == null ? Optional.empty() : t.anchor();
  }

  /** The other groups whose events may state a fact of this group under another type. */
  public Set<String> kin(String group) {
    return kin.getOrDefault(group, Set.of());
  }

  private static EventTypes load() {
    TsvTable t = TsvTable.resource(RESOURCE, Set.of("type", "roles", "attrs", "group", "recurs", "anchor", "kin"));
    Map<String, EventType> out = new LinkedHashMap<>();
    for (TsvTable.Row r : t.rows()) {
      String name = r.require("type");
      out.put(name, new EventType(name, roles(r), attrs(r.get("attrs")), r.require("group"), recurs(r),
          anchor(r)));
    }
    return new EventTypes(out, kin(t, out));
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

  private static Recurrence recurs(TsvTable.Row r) {
    String v = r.require("recurs");
    try {
      return Recurrence.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw r.error("'recurs' must be never, rarely or often, not '" + v + "'");
    }
  }

  private static Optional<String> anchor(TsvTable.Row r) {
    String anchor = r.require("anchor");
    return anchor.equals(NONE) ? Optional.empty() : Optional.of(anchor);
  }

  /** Each group's kin as listed (made symmetric by the constructor); a kin naming no group is an error. */
  private static Map<String, Set<String>> kin(TsvTable t, Map<String, EventType> types) {
    Set<String> groups = new HashSet<>();
    types.values().forEach(type -> groups.add(type.group()));
    Map<String, Set<String>> kin = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      for (String other : r.require("kin").split("\\s+")) {
        if (other.equals(NONE)) {
          continue;
        }
        if (!groups.contains(other)) {
          throw r.error("'kin' names '" + other + "', which is no group of this table");
        }
        kin.computeIfAbsent(r.require("group"), x -> new HashSet<>()).add(other);
      }
    }
    return kin;
  }
}
