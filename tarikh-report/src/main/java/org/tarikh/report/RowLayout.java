package org.tarikh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the facts out in timeline rows: each cluster of linked facts is one row, so the same fact
 * stands on one line across lanes; the other facts are grouped by date value, one row per value.
 * Rows are ordered by {@link TimexDate} (undated last); at equal dates linked rows come first,
 * then by lane and position in the document.
 */
final class RowLayout {
  private static final Comparator<TimelineRow> ORDER = Comparator
      .comparing(TimelineRow::date)
      .thenComparing(r -> !r.linked())
      .thenComparingInt(RowLayout::firstLane)
      .thenComparingInt(RowLayout::firstOffset);

  private RowLayout() {
  }

  static List<TimelineRow> rows(List<FactView> facts, LinkClusters clusters, int lanes) {
    Map<String, List<FactView>> linked = new LinkedHashMap<>();
    Map<String, List<FactView>> byDate = new LinkedHashMap<>();
    for (FactView f : facts) {
      String cluster = clusters.clusterOf(f.key());
      if (cluster != null) {
        linked.computeIfAbsent(cluster, k -> new ArrayList<>()).add(f);
      } else {
        byDate.computeIfAbsent(f.date().value(), k -> new ArrayList<>()).add(f);
      }
    }
    List<TimelineRow> rows = new ArrayList<>();
    linked.values().forEach(group -> rows.add(row(group, true, lanes)));
    byDate.values().forEach(group -> rows.add(row(group, false, lanes)));
    rows.sort(ORDER);
    return rows;
  }

  private static TimelineRow row(List<FactView> group, boolean linked, int lanes) {
    List<List<FactView>> cells = new ArrayList<>();
    for (int i = 0; i < lanes; i++) {
      cells.add(new ArrayList<>());
    }
    group.stream()
        .sorted(Comparator.comparingInt((FactView f) -> f.event().evidence().start()))
        .forEach(f -> cells.get(f.lane().index()).add(f));
    TimexDate date = group.stream().map(FactView::date).min(Comparator.naturalOrder()).orElseThrow();
    return new TimelineRow(date, linked, cells);
  }

  private static int firstLane(TimelineRow r) {
    return r.facts().get(0).lane().index();
  }

  private static int firstOffset(TimelineRow r) {
    return r.facts().get(0).event().evidence().start();
  }
}
