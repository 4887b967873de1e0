package org.tarikh.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.EntityKind;

/**
 * Fills a fact's roles with entity ids, most specific evidence first: role markers of
 * {@code events/markers.tsv} ("on behalf of", "بمبادرة من"), then what the rule's pattern captured, then
 * the rule's {@code fill} (nearest entity of an allowed kind before or after the trigger). An
 * entity mention fills one role; a coordinated list ("Fuzuli, Jabrayil and Gubadli") fills it
 * together.
 */
final class ArgumentFiller {
  /** How far from the trigger (in slots) a role is filled by proximity alone. */
  private static final int MAX_FILL_DISTANCE = 20;

  private final EventModel model;

  ArgumentFiller(EventModel model) {
    this.model = model;
  }

  void fill(Candidate c, EventRule rule, Match m, MatchContext ctx) {
    Set<Integer> used = new HashSet<>();
    markers(c, ctx, used);
    for (Capture cap : m.captures()) {
      if (c.type.roles().containsKey(cap.name()) && cap.value() instanceof org.tarikh.model.Entity
          && !used.contains(cap.from())) {
        addList(c, cap.name(), cap.from(), ctx, used);
      }
    }
    for (Map.Entry<String, Character> f : rule.fill().entrySet()) {
      if (!c.args.containsKey(f.getKey())) {
        int slot = nearest(c, f.getKey(), f.getValue(), ctx, used);
        if (slot >= 0) {
          addList(c, f.getKey(), slot, ctx, used);
        }
      }
    }
  }

  private void markers(Candidate c, MatchContext ctx, Set<Integer> used) {
    int from = c.clause.from();
    for (Pattern p : model.markers) {
      for (int t = from; t < ctx.limit(); t++) {
        Match m = p.matchAt(ctx, t);
        if (m == null) {
          continue;
        }
        for (Capture cap : m.captures()) {
          if (cap.value() instanceof org.tarikh.model.Entity e
              && c.type.accepts(cap.name(), e.kind()) && !used.contains(cap.from())) {
            addList(c, cap.name(), cap.from(), ctx, used);
          }
        }
      }
    }
  }

  private int nearest(Candidate c, String role, char dir, MatchContext ctx, Set<Integer> used) {
    int trig = c.trigger;
    int from = c.clause.from();
    for (int d = 1; d <= MAX_FILL_DISTANCE; d++) {
      if (dir != '>' && ok(c, role, trig - d, from, ctx, used)) {
        return trig - d;
      }
      if (dir != '<' && ok(c, role, trig + d, from, ctx, used)) {
        return trig + d;
      }
    }
    return -1;
  }

  private static boolean ok(Candidate c, String role, int i, int from, MatchContext ctx, Set<Integer> used) {
    if (i < from || i >= ctx.limit() || used.contains(i)) {
      return false;
    }
    Slot s = ctx.slots().get(i);
    return s.entity() != null && c.type.accepts(role, s.entity().kind());
  }

  /** Adds the entity at {@code slot} and those coordinated with it. */
  private static void addList(Candidate c, String role, int slot, MatchContext ctx, Set<Integer> used) {
    for (int i : coordinated(slot, ctx, c.type.roles().get(role))) {
      used.add(i);
      c.addArg(role, ctx.slots().get(i).entity().id());
    }
  }

  /**
   * The entity at {@code slot} and those coordinated with it: {@code A and B}, {@code A, B and C}
   * (a list joined by commas alone is not taken: "Azerbaijan, the Commission" is apposition).
   */
  static List<Integer> coordinated(int slot, MatchContext ctx, Set<EntityKind> kinds) {
    List<Integer> out = new ArrayList<>(List.of(slot));
    int closed = 1;
    int i = slot + 1;
    while (i < ctx.limit()) {
      int j = i;
      boolean word = false;
      while (j < ctx.limit() && ctx.isCoord(j)) {
        word |= ctx.closesList(j);
        j++;
      }
      if (j == i || j >= ctx.limit() || ctx.slots().get(j).entity() == null
          || !kinds.contains(ctx.slots().get(j).entity().kind())) {
        break;
      }
      out.add(j);
      if (word) {
        closed = out.size();
      }
      i = j + 1;
    }
    return out.subList(0, closed);
  }
}
