package org.tarikh.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts found so far, each a cluster of events that state it, indexed by blocking keys so
 * that a new event is compared only with facts of its type group (or a kin group) that share a
 * year of its date or one of its numbers. Work per event is bounded by the number of distinct facts under its
 * keys, never by the number of documents.
 */
final class FactIndex {
  /** A date spanning more years than this is blocked as {@code undated} (decades, centuries). */
  static final int MAX_BLOCK_YEARS = 12;
  /** Members of a fact kept for scoring new events against it. */
  static final int SAMPLE = 4;

  /** One fact: the events that state it (first {@link #SAMPLE} kept) and its keys. */
  static final class Fact {
    final int id;
    final List<EventProfile> sample = new ArrayList<>(SAMPLE);
    final Set<String> keys = new LinkedHashSet<>();

    Fact(int id) {
      this.id = id;
    }
  }

  private final Map<String, List<Fact>> byKey = new HashMap<>();
  private int next;

  /** Blocking keys of an event: group + each year of its date, group + each number. */
  static List<String> keys(EventProfile p) {
    return keys(p, p.group);
  }

  /** The event's blocking keys as if its type were of the given group. */
  private static List<String> keys(EventProfile p, String group) {
    List<String> keys = new ArrayList<>();
    for (int y : p.years(MAX_BLOCK_YEARS)) {
      keys.add(group + "|y" + y);
    }
    for (String n : p.numbers) {
      keys.add(group + "|n" + n);
    }
    if (keys.isEmpty()) {
      keys.add(group + "|undated");
    }
    return keys;
  }

  /**
   * Facts sharing a key with the event, each once, in order of creation: facts of its own group,
   * and of the kin groups given (a meeting for a resolution).
   */
  List<Fact> candidates(EventProfile p, Set<String> kin) {
    Set<Fact> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Fact> out = new ArrayList<>();
    collect(keys(p), seen, out);
    for (String g : kin) {
      collect(keys(p, g), seen, out);
    }
    out.sort((x, y) -> Integer.compare(x.id, y.id));
    return out;
  }

  private void collect(List<String> keys, Set<Fact> seen, List<Fact> out) {
    for (String k : keys) {
      for (Fact f : byKey.getOrDefault(k, List.of())) {
        if (seen.add(f)) {
          out.add(f);
        }
      }
    }
  }

  /** Starts a new fact stated by this event. */
  Fact create(EventProfile p) {
    Fact f = new Fact(next++);
    add(f, p);
    return f;
  }

  /** Adds an event to a fact: kept for scoring while the sample has room, its keys indexed. */
  void add(Fact f, EventProfile p) {
    if (f.sample.size() < SAMPLE) {
      f.sample.add(p);
    }
    for (String k : keys(p)) {
      if (f.keys.add(k)) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
      }
    }
  }
}
