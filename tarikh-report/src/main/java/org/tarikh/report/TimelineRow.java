package org.tarikh.report;

import java.util.List;

/**
 * One row of the timeline: the facts of one date, one cell per lane. A linked row holds facts the
 * alignment says are the same across documents; an unlinked row holds the other facts of a date.
 *
 * @param date where the row sits on the axis (the earliest of its facts)
 * @param linked whether its facts are linked across documents
 * @param cells per lane (by lane index), the facts of that lane in document order
 */
record TimelineRow(TimexDate date, boolean linked, List<List<FactView>> cells) {
  TimelineRow {
    cells = cells.stream().map(List::copyOf).toList();
  }

  List<FactView> facts() {
    return cells.stream().flatMap(List::stream).toList();
  }
}
