package org.tarikh.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;

/** Assembles a {@link ChronicleView} from the input documents and their alignment. */
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
    LinkClusters clusters = new LinkClusters(alignment, factKeys());
    Map<String, FactView> facts = new LinkedHashMap<>();
    for (Lane lane : lanes) {
      for (Event e : lane.source().result().events()) {
        String key = lane.docId() + "#" + e.id();
        facts.put(key, FactViews.of(lane, e, conflictsOf.getOrDefault(key, List.of()),
            clusters.partners(key)));
      }
    }
    List<FactView> all = List.copyOf(facts.values());
    int links = alignment.links().size() - clusters.dangling();
    return new ChronicleView(List.copyOf(lanes), all, RowLayout.rows(all, clusters, lanes.size()),
        conflicts(facts), findings(), aligned ? consistency(all, clusters) : List.of(), links, aligned);
  }

  private Set<String> factKeys() {
    Set<String> keys = new HashSet<>();
    for (Lane lane : lanes) {
      lane.source().result().events().forEach(e -> keys.add(lane.docId() + "#" + e.id()));
    }
    return keys;
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

  private List<LaneConsistency> consistency(List<FactView> all, LinkClusters clusters) {
    List<LaneConsistency> out = new ArrayList<>();
    for (Lane lane : lanes) {
      List<FactView> linked = new ArrayList<>();
      List<FactView> alone = new ArrayList<>();
      for (FactView f : all) {
        if (f.lane() == lane) {
          (clusters.isLinked(f.key()) ? linked : alone).add(f);
        }
      }
      out.add(new LaneConsistency(lane, linked, alone));
    }
    return out;
  }
}
