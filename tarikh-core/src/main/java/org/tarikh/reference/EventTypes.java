package org.tarikh.reference;

import java.util.HashMap;
import java.util.Map;
import org.tarikh.lang.TsvTable;

/**
 * The 20 event types of FACTS.md with their reconciliation group and how often a fact of the
 * type repeats for the same participants. Read from {@code reference/event-types.tsv}; an unknown
 * type is its own group.
 */
public final class EventTypes {
  private static final class Holder {
    static final EventTypes INSTANCE = load();
  }

  /** How often a fact of a type repeats for the same participants. */
  public enum Recurrence {
    /** Once for the same participants (admission, independence). */
    NEVER,
    /** Seldom (an appointment, an award). */
    RARELY,
    /** Routinely (addresses, meetings, resolutions). */
    OFTEN
  }

  private final Map<String, String> groups;
  private final Map<String, Recurrence> recurs;

  private EventTypes(Map<String, String> groups, Map<String, Recurrence> recurs) {
    this.groups = Map.copyOf(groups);
    this.recurs = Map.copyOf(recurs);
  }

  /** The bundled table, loaded once. */
  public static EventTypes standard() {
    return Holder.INSTANCE;
  }

  private static EventTypes load() {
    TsvTable t = ReferenceData.table("event-types.tsv", "type", "group", "recurs");
    Map<String, String> groups = new HashMap<>();
    Map<String, Recurrence> recurs = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      String type = r.require("type");
      groups.put(type, r.require("group"));
      String v = r.require("recurs");
      try {
        recurs.put(type, Recurrence.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw r.error("'recurs' must be never, rarely or often, not '" + v + "'");
      }
    }
    return new EventTypes(groups, recurs);
  }

  /** The group of a type (the type itself when the table does not list it). */
  public String group(String type) {
    return groups.getOrDefault(type, type);
  }

  /** True when two types may state the same fact. */
  public boolean compatible(String a, String b) {
    return group(a).equals(group(b));
  }

  /** How often a fact of this type repeats ({@link Recurrence#OFTEN} for unknown types). */
  public Recurrence recurs(String type) {
    return recurs.getOrDefault(type, Recurrence.OFTEN);
  }
}
