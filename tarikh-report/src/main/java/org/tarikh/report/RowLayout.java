package org.tarikh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.align.Consistency;

/**
 * Lays the facts out in timeline rows: each fact several linked events state
 * ({@link Consistency.Fact}) is one row, so the same fact
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

  /**
   * @param facts the events of every lane
   * @param factOf for each event ({@code doc#eventId}), the fact it states
   * @param lanes number of lanes
   */
  static List<TimelineRow> rows(List<FactView> facts, Map<String, Consistency.Fact> factOf, int lanes) {
    Map<Integer, List<FactView>> linked = new LinkedHashMap<>();
    Map<String, List<FactView>> byDate = new LinkedHashMap<>();
    for (FactView f : facts) {
      Consistency.Fact fact = factOf.get(f.key());
      if (fact.events().size() > 1) {
        linked.computeIfAbsent(fact.id(), k -> new ArrayList<>()).add(f);
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
