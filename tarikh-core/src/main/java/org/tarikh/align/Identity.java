package org.tarikh.align;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What two events of different documents share about who and what they concern.
 *
 * @param weight all the shared evidence: role-bearing entities (each the lesser of its two
 *     weights), entities one side's evidence only names, and ids that are part of the other's by
 *     their slug ({@code org:unicef} in {@code org:unicef-executive-board}, half weight)
 * @param anchorShared both name the same anchor (the person a person-centred fact is about)
 * @param anchorClash both name anchors, all of them sure, and none in common
 * @param roleClash of one type, a role both fill names different things on each side (ids the
 *     entity stage was unsure of, or parts of each other, do not count)
 * @param rolesAgree of one type, at least one role is filled on both sides, and every such role
 *     shares an id
 * @param contrast each names a specific entity of one kind the other does not
 */
record Identity(double weight, boolean anchorShared, boolean anchorClash, boolean roleClash,
                boolean rolesAgree, boolean contrast) {
  private static final double PART_SHARE = 0.5;

  /** Compares two events; adds a reason per shared entity when {@code reasons} is not null. */
  static Identity of(EventProfile a, EventProfile b, List<String> reasons) {
    double role = 0;
    for (Map.Entry<String, Double> e : a.entityWeights.entrySet()) {
      Double other = b.entityWeights.get(e.getKey());
      if (other != null) {
        role += Math.min(e.getValue(), other);
        add(reasons, "entities:" + e.getKey());
      }
    }
    double weight = role + named(a, b, false, reasons) + named(b, a, false, reasons) + named(a, b, true, reasons)
        + parts(a, b, reasons) + parts(b, a, reasons);
    boolean shared = a.anchors.stream().anyMatch(b.anchors::contains);
    if (shared) {
      a.anchors.stream().filter(b.anchors::contains).forEach(id -> add(reasons, "anchor:" + id));
    }
    boolean clash = !shared && !a.anchors.isEmpty() && !b.anchors.isEmpty()
        && a.anchors.stream().noneMatch(a.unsure::contains) && b.anchors.stream().noneMatch(b.unsure::contains);
    boolean contrast = contrast(a, b);
    if (contrast) {
      add(reasons, "contrast");
    }
    return new Identity(weight, shared, clash, roleClash(a, b), rolesAgree(a, b), contrast);
  }

  /**
   * True when each event names (with or without a role) a specific entity of some kind that the
   * other does not name, nor a part of it: WFP on one side and UNHCR on the other, with only the
   * UN in common, are two programmes.
   */
  private static boolean contrast(EventProfile a, EventProfile b) {
    Set<String> kinds = ownKinds(a, b);
    if (kinds.isEmpty()) {
      return false;
    }
    Set<String> other = ownKinds(b, a);
    return kinds.stream().anyMatch(other::contains);
  }

  /** Kinds of the specific, sure entities {@code x} names that {@code y} does not. */
  private static Set<String> ownKinds(EventProfile x, EventProfile y) {
    Set<String> kinds = new HashSet<>();
    for (String id : x.specific) {
      if (!y.mentions(id) && !x.unsure.contains(id)) {
        kinds.add(id.substring(0, Math.max(0, id.indexOf(':'))));
      }
    }
    return kinds;
  }

  /** Entities {@code x}'s evidence names without a role that {@code y} carries (or names, when both). */
  private static double named(EventProfile x, EventProfile y, boolean both, List<String> reasons) {
    double sum = 0;
    for (Map.Entry<String, Double> e : x.namedWeights.entrySet()) {
      Double other = both ? y.namedWeights.get(e.getKey()) : y.entityWeights.get(e.getKey());
      if (other != null) {
        sum += Math.min(e.getValue(), other);
        add(reasons, "named:" + e.getKey());
      }
    }
    return sum;
  }

  /** Role-bearing ids of {@code x} that are part of one of {@code y}'s by the slug. */
  private static double parts(EventProfile x, EventProfile y, List<String> reasons) {
    double sum = 0;
    for (Map.Entry<String, Double> e : x.entityWeights.entrySet()) {
      if (y.parents.contains(e.getKey())) {
        sum += PART_SHARE * e.getValue();
        add(reasons, "part:" + e.getKey());
      }
    }
    return sum;
  }

  private static boolean roleClash(EventProfile a, EventProfile b) {
    if (!a.event.type().equals(b.event.type())) {
      return false;
    }
    for (Map.Entry<String, List<String>> r : a.event.args().entrySet()) {
      List<String> y = b.event.args().get(r.getKey());
      if (y != null && !r.getValue().isEmpty() && !y.isEmpty() && differ(r.getValue(), y, a, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rolesAgree(EventProfile a, EventProfile b) {
    if (!a.event.type().equals(b.event.type())) {
      return false;
    }
    int compared = 0;
    for (Map.Entry<String, List<String>> r : a.event.args().entrySet()) {
      List<String> y = b.event.args().get(r.getKey());
      if (y == null || r.getValue().isEmpty() || y.isEmpty()) {
        continue;
      }
      if (r.getValue().stream().noneMatch(y::contains)) {
        return false;
      }
      compared++;
    }
    return compared > 0;
  }

  private static boolean differ(List<String> x, List<String> y, EventProfile a, EventProfile b) {
    for (String i : x) {
      if (y.contains(i) || a.unsure.contains(i) || b.parents.contains(i)) {
        return false;
      }
    }
    for (String j : y) {
      if (b.unsure.contains(j) || a.parents.contains(j)) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<String> reasons, String reason) {
    if (reasons != null) {
      reasons.add(reason);
    }
  }
}
