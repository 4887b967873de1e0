package org.tarikh.align;

import java.util.List;
import java.util.Map;

/**
 * What two events of different documents share about who and what they concern.
 *
 * @param weight all the shared evidence: role-bearing entities (each the lesser of its two
 *     weights), entities one side's evidence only names, and ids that are part of the other's by
 *     their slug ({@code org:unicef} in {@code org:unicef-executive-board}, half weight)
 * @param anchorShared both name the same anchor (the person a person-centred fact is about)
 * @param anchorClash both name anchors, all of them sure, and none in common
 * @param contrast each names a specific entity of one kind the other does not
 */
record Identity(double weight, boolean anchorShared, boolean anchorClash, boolean contrast) {
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
    boolean shared = false;
    for (String id : a.anchors) {
      if (b.anchors.contains(id)) {
        shared = true;
        add(reasons, "anchor:" + id);
      }
    }
    boolean clash = !shared && !a.anchors.isEmpty() && !b.anchors.isEmpty() && sure(a) && sure(b);
    boolean contrast = contrast(a, b);
    if (contrast) {
      add(reasons, "contrast");
    }
    return new Identity(weight, shared, clash, contrast);
  }

  private static boolean sure(EventProfile p) {
    for (String id : p.anchors) {
      if (p.unsure.contains(id)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code x} names (with or without a role) a specific, sure entity that {@code y}
   * does not name, nor a part of it, while {@code y} names one of the same kind that {@code x}
   * does not: WFP on one side and UNHCR on the other, with only the UN in
   * common, are two programmes.
   */
  private static boolean contrast(EventProfile x, EventProfile y) {
    for (String id : x.specific) {
      if (!y.mentions(id) && !x.unsure.contains(id) && ownOfKind(y, x, id.substring(0, id.indexOf(':') + 1))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code x} names a specific, sure entity of this kind ({@code org:}) that {@code y} does not. */
  private static boolean ownOfKind(EventProfile x, EventProfile y, String kind) {
    for (String id : x.specific) {
      if (id.startsWith(kind) && !y.mentions(id) && !x.unsure.contains(id)) {
        return true;
      }
    }
    return false;
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

  /**
   * True when, of one type, a role both events fill names different things on each side (ids the
   * entity stage was unsure of, or parts of each other, do not count).
   */
  static boolean roleClash(EventProfile a, EventProfile b) {
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

  /** True when, of one type, at least one role is filled on both sides and every such role shares an id. */
  static boolean rolesAgree(EventProfile a, EventProfile b) {
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
