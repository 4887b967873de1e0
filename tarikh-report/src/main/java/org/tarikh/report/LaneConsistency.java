package org.tarikh.report;

import java.util.List;

/**
 * How much of one document the others confirm: its facts also stated by another document and
 * those it alone states ({@link org.tarikh.align.Consistency#onlyIn}).
 */
record LaneConsistency(Lane lane, List<FactView> linked, List<FactView> alone) {
  LaneConsistency {
    linked = List.copyOf(linked);
    alone = List.copyOf(alone);
  }

  int total() {
    return linked.size() + alone.size();
  }
}
