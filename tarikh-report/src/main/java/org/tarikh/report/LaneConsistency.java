package org.tarikh.report;

import java.util.List;

/**
 * How much of one document the others confirm: its facts linked to a fact of another document
 * and those it alone states.
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
