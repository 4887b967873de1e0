package org.tarikh.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tarikh.model.Conflict;

/**
 * Flags the fields on which two linked events disagree, conservatively: a conflict is reported
 * only where both sides give a comparable value and neither is merely coarser than the other.
 * <ul>
 *   <li>{@code date}: the two ranges overlap only in part or not at all ({@code 2004-08} vs
 *       {@code 2004-09}); {@code 1994} vs {@code 1994-09} agree. A date an extractor carried over
 *       from an earlier sentence (an event with a trigger and no date span) is not trusted.</li>
 *   <li>a role (same event type only): each side names exactly one person, or exactly one
 *       state, and they differ, neither an id the entity stage was unsure of; other roles
 *       (bodies, places, subjects) name things at different levels (the UN and UNDP) too often
 *       to tell a contradiction from a choice of words.</li>
 *   <li>attrs whose values are language-neutral: {@code session}, {@code ordinal}, {@code rank},
 *       {@code of}, {@code agenda_item}, each {@code votes} count, and a {@code duration} in the
 *       same unit, each only where both evidences write the value in digits (an extractor's
 *       attribute carried over from another sentence is not trusted). Verbatim text
 *       ({@code role}, {@code award}, {@code name}) is never compared.</li>
 * </ul>
 */
final class ConflictDetector {
  private static final List<String> SCALAR_ATTRS = List.of("session", "ordinal", "rank", "of", "agenda_item");
  private static final Set<String> COMPARABLE_KINDS = Set.of("person", "state");

  List<Conflict> between(EventProfile a, EventProfile b) {
    List<Conflict> out = new ArrayList<>();
    if (a.dateStated && b.dateStated && a.range.relate(b.range).conflicts()) {
      out.add(conflict(a, b, "date", a.event.date(), b.event.date()));
    }
    if (a.event.type().equals(b.event.type())) {
      roles(a, b, out);
    }
    for (String name : SCALAR_ATTRS) {
      String x = a.attr(name);
      String y = b.attr(name);
      if (x != null && y != null && !x.equals(y) && stated(a, x) && stated(b, y)) {
        out.add(conflict(a, b, name, x, y));
      }
    }
    votes(a, b, out);
    duration(a, b, out);
    return out;
  }

  private static void roles(EventProfile a, EventProfile b, List<Conflict> out) {
    for (String role : new TreeSet<>(a.event.args().keySet())) {
      List<String> x = a.event.args().get(role);
      List<String> y = b.event.args().get(role);
      if (y == null || x.size() != 1 || y.size() != 1 || x.get(0).equals(y.get(0))
          || a.unsure.contains(x.get(0)) || b.unsure.contains(y.get(0))) {
        continue;
      }
      String kx = kind(x.get(0));
      if (kx.equals(kind(y.get(0))) && COMPARABLE_KINDS.contains(kx)) {
        out.add(conflict(a, b, role, x.get(0), y.get(0)));
      }
    }
  }

  private static void votes(EventProfile a, EventProfile b, List<Conflict> out) {
    if (!(a.event.attrs().get("votes") instanceof Map<?, ?> x)
        || !(b.event.attrs().get("votes") instanceof Map<?, ?> y)) {
      return;
    }
    for (Object k : new TreeSet<>(x.keySet().stream().map(String::valueOf).toList())) {
      Object vx = x.get(k);
      Object vy = y.get(k);
      if (vx != null && vy != null && !String.valueOf(vx).equals(String.valueOf(vy))
          && stated(a, String.valueOf(vx)) && stated(b, String.valueOf(vy))) {
        out.add(conflict(a, b, "votes." + k, String.valueOf(vx), String.valueOf(vy)));
      }
    }
  }

  private static void duration(EventProfile a, EventProfile b, List<Conflict> out) {
    String x = a.attr("duration");
    String y = b.attr("duration");
    if (x == null || y == null || x.equals(y)) {
      return;
    }
    boolean simple = x.matches("P\\d+[YMWD]") && y.matches("P\\d+[YMWD]");
    if (simple && x.charAt(x.length() - 1) == y.charAt(y.length() - 1)
        && stated(a, x.substring(1, x.length() - 1)) && stated(b, y.substring(1, y.length() - 1))) {
      out.add(conflict(a, b, "duration", x, y));
    }
  }

  /**
   * True when the value can be trusted for a conflict: the event is not an extractor's (no
   * trigger: gold, or hand-made), or its evidence writes the number in digits. An attribute an
   * extractor carried over from another sentence, or read from number words, is not compared.
   */
  private static boolean stated(EventProfile p, String digits) {
    return p.event.trigger() == null || p.tokens.contains(digits);
  }

  private static String kind(String id) {
    int colon = id.indexOf(':');
    return colon < 0 ? "" : id.substring(0, colon);
  }

  private static Conflict conflict(EventProfile a, EventProfile b, String field, String x, String y) {
    return new Conflict(a.ref, b.ref, field, x, y);
  }
}
