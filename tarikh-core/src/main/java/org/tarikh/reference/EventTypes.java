package org.tarikh.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tarikh.lang.TsvTable;

/**
 * The 20 event types of FACTS.md with their reconciliation group, how often a fact of the type
 * repeats for the same participants, the entity kind a fact of the type is about (its anchor, for
 * person-centred facts) and the other groups that may state the same fact under another type
 * (kin). Read from {@code reference/event-types.tsv}; an unknown type is its own group, with no
 * anchor and no kin.
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
  private final Map<String, String> anchors;
  private final Map<String, Set<String>> kin;

  private EventTypes(Map<String, String> groups, Map<String, Recurrence> recurs, Map<String, String> anchors,
                     Map<String, Set<String>> kin) {
    this.groups = Map.copyOf(groups);
    this.recurs = Map.copyOf(recurs);
    this.anchors = Map.copyOf(anchors);
    Map<String, Set<String>> k = new HashMap<>();
    kin.forEach((g, others) -> others.forEach(o -> {
      k.computeIfAbsent(g, x -> new HashSet<>()).add(o);
      k.computeIfAbsent(o, x -> new HashSet<>()).add(g);
    }));
    k.replaceAll((g, s) -> Set.copyOf(s));
    this.kin = Map.copyOf(k);
  }

  /** The bundled table, loaded once. */
  public static EventTypes standard() {
    return Holder.INSTANCE;
  }

  private static EventTypes load() {
    TsvTable t = ReferenceData.table("event-types.tsv", "type", "group", "recurs", "anchor", "kin");
    Map<String, String> groups = new HashMap<>();
    Map<String, Recurrence> recurs = new HashMap<>();
    Map<String, String> anchors = new HashMap<>();
    Map<String, Set<String>> kin = new HashMap<>();
    Map<String, TsvTable.Row> kinRows = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      String type = r.require("type");
      String group = r.require("group");
      groups.put(type, group);
      String v = r.require("recurs");
      try {
        recurs.put(type, Recurrence.valueOf(v.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw r.error("'recurs' must be never, rarely or often, not '" + v + "'");
      }
      String anchor = r.require("anchor");
      if (!anchor.equals("-")) {
        anchors.put(type, anchor);
      }
      for (String other : r.require("kin").split("\\s+")) {
        if (!other.equals("-")) {
          kin.computeIfAbsent(group, x -> new HashSet<>()).add(other);
          kinRows.putIfAbsent(other, r);
        }
      }
    }
    kinRows.forEach((other, r) -> {
      if (!groups.containsValue(other)) {
        throw r.error("'kin' names '" + other + "', which is no group of this table");
      }
    });
    return new EventTypes(groups, recurs, anchors, kin);
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

  /** The id prefix ({@code person}) of the entity kind a fact of this type is about, if any. */
  public Optional<String> anchor(String type) {
    return Optional.ofNullable(anchors.get(type));
  }

  /** The other groups whose events may state a fact of this group under another type. */
  public Set<String> kin(String group) {
    return kin.getOrDefault(group, Set.of());
  }
}
