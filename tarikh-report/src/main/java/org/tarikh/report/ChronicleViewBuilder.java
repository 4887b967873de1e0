package org.tarikh.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.align.Consistency;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;

/**
 * Assembles a {@link ChronicleView} from the input documents and their alignment. Which events
 * state the same fact, and which a document alone states, come from the core
 * {@link Consistency} summary.
 */
final class ChronicleViewBuilder {
  private final List<Lane> lanes = new ArrayList<>();
  private final Alignment alignment;
  private final boolean aligned;
  private final Map<String, List<Integer>> conflictsOf = new HashMap<>();

  ChronicleViewBuilder(ChronicleInput input, LanguagePacks packs) {
    for (SourcedResult s : input.documents()) {
      lanes.add(Lane.of(lanes.size(), s, packs));
    }
    aligned = input.alignment() != null;
    alignment = aligned ? input.alignment()
        : new Alignment(lanes.stream().map(Lane::docId).toList(), List.of(), List.of());
    int n = 0;
    for (Conflict c : alignment.conflicts()) {
      n++;
      conflictsOf.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(n);
      conflictsOf.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(n);
    }
  }

  ChronicleView build() {
    Consistency consistency = Consistency.of(
        lanes.stream().map(l -> l.source().result()).toList(), alignment);
    Map<String, Consistency.Fact> factOf = new HashMap<>();
    consistency.facts().forEach(f -> f.events().forEach(e -> factOf.put(e.ref(), f)));
    Map<String, FactView> facts = new LinkedHashMap<>();
    for (Lane lane : lanes) {
      for (Event e : lane.source().result().events()) {
        String key = lane.docId() + "#" + e.id();
        facts.put(key, FactViews.of(lane, e, conflictsOf.getOrDefault(key, List.of()),
            factOf.get(key).partners(key)));
      }
    }
    List<FactView> all = List.copyOf(facts.values());
    int links = consistency.facts().stream().mapToInt(f -> f.links().size()).sum();
    return new ChronicleView(List.copyOf(lanes), all, RowLayout.rows(all, factOf, lanes.size()),
        conflicts(facts), findings(), aligned ? consistency(all, consistency) : List.of(), links, aligned);
  }

  private List<ConflictView> conflicts(Map<String, FactView> facts) {
    List<ConflictView> out = new ArrayList<>();
    for (Conflict c : alignment.conflicts()) {
      FactView a = facts.get(c.a());
      FactView b = facts.get(c.b());
      out.add(new ConflictView(out.size() + 1, c, a, b,
          ConflictMarks.of(a, c.field(), c.aValue()), ConflictMarks.of(b, c.field(), c.bValue())));
    }
    return out;
  }

  private List<FindingView> findings() {
    List<FindingView> out = new ArrayList<>();
    for (Lane lane : lanes) {
      for (Finding f : lane.source().result().findings()) {
        out.add(new FindingView(lane, f));
      }
    }
    return out;
  }

  private List<LaneConsistency> consistency(List<FactView> all, Consistency consistency) {
    List<LaneConsistency> out = new ArrayList<>();
    for (Lane lane : lanes) {
      Set<String> alone = new HashSet<>();
      consistency.onlyIn(lane.docId()).forEach(f -> f.events().forEach(e -> alone.add(e.ref())));
      List<FactView> facts = all.stream().filter(f -> f.lane() == lane).toList();
      out.add(new LaneConsistency(lane,
          facts.stream().filter(f -> !alone.contains(f.key())).toList(),
          facts.stream().filter(f -> alone.contains(f.key())).toList()));
    }
    return out;
  }
}
