package org.tarikh.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tarikh.model.Event;

/**
 * Scores the events of one document (FACTS.md "Scoring", Events). A predicted event matches a
 * gold event when their {@code type} and {@code date} strings are equal and their evidence spans
 * overlap. Pairing is one to one and greedy in document order: gold events are taken in order
 * of evidence (start, then end), and each takes the first unmatched matching predicted event in
 * the same order. Over the matched pairs:
 * <ul>
 *   <li>argument counts compare the sets of (role, entity id) pairs of gold and prediction;</li>
 *   <li>attr accuracy checks each gold attr (except unscored {@code topic}/{@code name}): it is
 *       correct when the prediction has the attr with an equal value ({@link AttrValues}).</li>
 * </ul>
 */
public final class EventScorer {
  private EventScorer() {
  }

  /**
   * The scores of one document and its matching.
   *
   * @param matching predicted event id to the gold event id it matched
   */
  public record Result(Counts events, Counts args, Tally attrs, Map<String, String> matching) {
    public Result {
      matching = Map.copyOf(matching);
    }
  }

  public static Result score(List<Event> gold, List<Event> pred) {
    List<Event> g = inDocumentOrder(gold);
    List<Event> p = inDocumentOrder(pred);
    boolean[] used = new boolean[p.size()];
    Map<String, String> matching = new LinkedHashMap<>();
    Counts args = Counts.ZERO;
    Tally attrs = Tally.ZERO;
    for (Event ge : g) {
      int at = firstMatch(ge, p, used);
      if (at >= 0) {
        used[at] = true;
        Event pe = p.get(at);
        matching.put(pe.id(), ge.id());
        args = args.plus(argCounts(ge, pe));
        attrs = attrs.plus(attrTally(ge, pe));
      }
    }
    return new Result(Counts.of(matching.size(), pred.size(), gold.size()), args, attrs, matching);
  }

  static boolean matches(Event gold, Event pred) {
    return Objects.equals(gold.type(), pred.type()) && Objects.equals(gold.date(), pred.date())
        && gold.evidence().span().overlaps(pred.evidence().span());
  }

  private static int firstMatch(Event gold, List<Event> pred, boolean[] used) {
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i] && matches(gold, pred.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static List<Event> inDocumentOrder(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    out.sort(Comparator.comparing((Event e) -> e.evidence().span()));
    return out;
  }

  static Counts argCounts(Event gold, Event pred) {
    Set<Argument> g = roleIdPairs(gold);
    Set<Argument> p = roleIdPairs(pred);
    long tp = p.stream().filter(g::contains).count();
    return Counts.of(tp, p.size(), g.size());
  }

  /** One argument: an entity id in a role. */
  private record Argument(String role, String id) {
  }

  private static Set<Argument> roleIdPairs(Event e) {
    Set<Argument> out = new HashSet<>();
    e.args().forEach((role, ids) -> ids.forEach(id -> out.add(new Argument(role, id))));
    return out;
  }

  static Tally attrTally(Event gold, Event pred) {
    long total = 0;
    long correct = 0;
    for (Map.Entry<String, Object> a : gold.attrs().entrySet()) {
      if (AttrValues.UNSCORED.contains(a.getKey())) {
        continue;
      }
      total++;
      if (pred.attrs().containsKey(a.getKey()) && AttrValues.same(a.getValue(), pred.attrs().get(a.getKey()))) {
        correct++;
      }
    }
    return new Tally(correct, total);
  }
}
