package org.tarikh.report;

import java.util.List;
import org.tarikh.lang.LanguagePacks;

/**
 * What the chronicle page shows, independent of HTML: one lane per document, the timeline rows,
 * the conflicts, the findings of reference checks and how far the documents agree.
 *
 * @param lanes one per document, in the order given
 * @param facts every fact of every lane, lane by lane in document order
 * @param rows the timeline, ordered by date
 * @param conflicts every conflict of the alignment, numbered from 1
 * @param findings every finding of every document
 * @param consistency per lane, its linked and unlinked facts (empty without an alignment)
 * @param links number of links between given facts
 * @param aligned whether an alignment was given
 */
record ChronicleView(List<Lane> lanes, List<FactView> facts, List<TimelineRow> rows,
                     List<ConflictView> conflicts, List<FindingView> findings,
                     List<LaneConsistency> consistency, int links, boolean aligned) {

  /** Builds the view with the language packs of the classpath (for lane directions). */
  static ChronicleView of(ChronicleInput input) {
    return new ChronicleViewBuilder(input, LanguagePacks.standard()).build();
  }

  /** Facts of one lane, in document order. */
  List<FactView> facts(Lane lane) {
    return facts.stream().filter(f -> f.lane() == lane).toList();
  }
}
