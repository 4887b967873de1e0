package org.tarikh.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tarikh.model.Alignment;

/**
 * The scorer of FACTS.md "Scoring": pure functions from gold and predicted results to a
 * {@link ScoreReport}. Each document is scored by {@link TimexScorer}, {@link EntityScorer} and
 * {@link EventScorer}; the alignment by {@link AlignmentScorer} through the event matching. Counts
 * are summed per language (the gold's {@code doc.lang}) and over all documents, then turned into
 * figures (micro-averaging).
 */
public final class Scorer {
  private Scorer() {
  }

  /** Scores documents without alignment (link and conflict figures are 0). */
  public static ScoreReport score(List<ScoredDocument> documents) {
    Alignment none = new Alignment(List.of(), List.of(), List.of());
    return score(documents, none, none);
  }

  /**
   * Scores documents and the alignment between them.
   *
   * @param goldAlignment the gold links and conflicts (empty when there are none)
   * @param predAlignment the predicted links and conflicts (empty when there are none)
   */
  public static ScoreReport score(List<ScoredDocument> documents, Alignment goldAlignment,
                                  Alignment predAlignment) {
    Map<String, PerDocument> scored = new LinkedHashMap<>();
    Map<String, Map<String, String>> matching = new HashMap<>();
    for (ScoredDocument d : documents) {
      if (scored.containsKey(d.id())) {
        throw new IllegalArgumentException("document '" + d.id() + "' is given twice");
      }
      PerDocument p = PerDocument.score(d);
      scored.put(d.id(), p);
      matching.put(d.id(), p.events().matching());
    }
    Set<String> langs = new TreeSet<>();
    documents.forEach(d -> langs.add(d.lang()));
    Map<String, SetScores> sets = new LinkedHashMap<>();
    for (String lang : langs) {
      Predicate<String> inSet = id -> scored.containsKey(id) && scored.get(id).lang().equals(lang);
      sets.put(lang, sum(scored, inSet, goldAlignment, predAlignment, matching));
    }
    sets.put(ScoreReport.ALL, sum(scored, scored::containsKey, goldAlignment, predAlignment, matching));
    return new ScoreReport(sets);
  }

  private static SetScores sum(Map<String, PerDocument> scored, Predicate<String> inSet,
                               Alignment gold, Alignment pred, Map<String, Map<String, String>> matching) {
    int docs = 0;
    TimexScorer.Result timex = TimexScorer.Result.ZERO;
    Counts entities = Counts.ZERO;
    Counts events = Counts.ZERO;
    Counts args = Counts.ZERO;
    Tally attrs = Tally.ZERO;
    for (Map.Entry<String, PerDocument> e : scored.entrySet()) {
      if (inSet.test(e.getKey())) {
        PerDocument p = e.getValue();
        docs++;
        timex = timex.plus(p.timex());
        entities = entities.plus(p.entities());
        events = events.plus(p.events().events());
        args = args.plus(p.events().args());
        attrs = attrs.plus(p.events().attrs());
      }
    }
    AlignmentScorer.Result alignment = AlignmentScorer.score(gold, pred, matching, inSet);
    return new SetScores(docs, timex, entities, events, args, attrs, alignment);
  }

  /** The scores of one document. */
  private record PerDocument(String lang, TimexScorer.Result timex, Counts entities,
                             EventScorer.Result events) {
    static PerDocument score(ScoredDocument d) {
      return new PerDocument(d.lang(),
          TimexScorer.score(d.gold().timexes(), d.pred().timexes()),
          EntityScorer.score(d.gold().entities(), d.pred().entities()),
          EventScorer.score(d.gold().events(), d.pred().events()));
    }
  }
}
