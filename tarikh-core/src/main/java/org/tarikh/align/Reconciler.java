package org.tarikh.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.event.EventTypes;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Link;

/**
 * Links the events of several documents (any languages) that state the same fact and flags the
 * linked pairs that disagree.
 *
 * <p>Documents are read in order. Each event is compared only with the facts already found that
 * share its blocking keys (type group + a year of its date, or type group + a number it cites;
 * see {@link FactIndex}), against a few events stating each fact, with the language-neutral
 * {@link PairScorer}. Within one document, matches are accepted greedily from the best score
 * down, one to one, except that an event listing several numbers may link to several events each
 * citing a distinct part of them (one event listing resolutions 822, 853, 874 and 884 in 1993,
 * four events each giving one resolution and its day). Unmatched events start new facts.
 *
 * <p>Each link joins the new event to the event of the fact it matched best, so two documents
 * give the pairs of FACTS.md, and many documents give a tree per fact (its connected component
 * is the fact) instead of all pairs: the work and the output grow with the number of events,
 * not with its square. Conflicts are checked on every link ({@link ConflictDetector}).
 *
 * <p><b>Setting.</b> {@link #threshold()}: the least score (0..1) for a link, default
 * {@value #DEFAULT_THRESHOLD}. Raise it for fewer, surer links; lower it to link facts that
 * share fewer entities.
 */
public final class Reconciler {
  /** Default least score for a link. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;
  private final EventTypes types;
  private final PairScorer scorer;
  private final ConflictDetector conflicts = new ConflictDetector();

  private Reconciler(double threshold, EventTypes types) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    this.threshold = threshold;
    this.types = types;
    this.scorer = new PairScorer(types);
  }

  /** The reconciler with the documented default settings. */
  public static Reconciler standard() {
    return new Reconciler(DEFAULT_THRESHOLD, EventTypes.standard());
  }

  /** The same reconciler with another link threshold. */
  public Reconciler withThreshold(double newThreshold) {
    return new Reconciler(newThreshold, types);
  }

  /** The least score for a link. */
  public double threshold() {
    return threshold;
  }

  /**
   * Aligns the events of two or more documents (any languages). Persons that a document could
   * only transliterate are first given the ids the other documents know them by
   * ({@link org.tarikh.entity.EntityLinker#harmonize}).
   */
  public Alignment reconcile(List<DocumentResult> given) {
    // A person one document could only transliterate takes the id the other documents give it.
    List<DocumentResult> documents = org.tarikh.entity.EntityLinker.harmonize(given);
    FactIndex index = new FactIndex();
    List<Found> found = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      List<EventProfile> events = EventProfile.of(d, documents.get(d), types);
      found.addAll(alignDocument(events, index));
    }
    found.sort(Comparator.comparingInt((Found f) -> f.a.docIndex).thenComparingInt(f -> f.a.position)
        .thenComparingInt(f -> f.b.docIndex).thenComparingInt(f -> f.b.position));
    List<Link> links = new ArrayList<>(found.size());
    List<Conflict> flagged = new ArrayList<>();
    for (Found f : found) {
      links.add(new Link(f.a.ref, f.b.ref, f.match.score(), f.match.reasons()));
      flagged.addAll(conflicts.between(f.a, f.b));
    }
    return new Alignment(documents.stream().map(r -> r.doc().id()).toList(), links, flagged);
  }

  /** A link found: {@code a} states the fact in an earlier document, {@code b} in this one. */
  private record Found(EventProfile a, EventProfile b, FactIndex.Fact fact, Match match) {
  }

  private List<Found> alignDocument(List<EventProfile> events, FactIndex index) {
    List<Found> candidates = new ArrayList<>();
    for (EventProfile e : events) {
      for (FactIndex.Fact fact : index.candidates(e, types.kin(e.group))) {
        Found best = bestMember(e, fact);
        if (best != null) {
          candidates.add(best);
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Found f) -> -f.match.score())
        .thenComparingInt(f -> f.b.position).thenComparingInt(f -> f.fact.id));
    List<Found> accepted = assign(candidates);
    Map<EventProfile, Boolean> matched = new HashMap<>();
    for (Found f : accepted) {
      index.add(f.fact, f.b);
      matched.put(f.b, true);
    }
    for (EventProfile e : events) {
      if (!matched.containsKey(e)) {
        index.create(e);
      }
    }
    return accepted;
  }

  /** The member of a fact that scores best with the event, if at or above the threshold. */
  private Found bestMember(EventProfile e, FactIndex.Fact fact) {
    EventProfile best = null;
    double bestScore = threshold;
    for (EventProfile m : fact.sample) {
      double s = scorer.quickScore(m, e);
      if (s >= bestScore && (best == null || s > bestScore)) {
        best = m;
        bestScore = s;
      }
    }
    return best == null ? null : new Found(best, e, fact, scorer.score(best, e));
  }

  /** Greedy one-to-one assignment, best first, with the number-list exception. */
  private static List<Found> assign(List<Found> candidates) {
    Map<EventProfile, List<Found>> byEvent = new HashMap<>();
    Map<FactIndex.Fact, List<Found>> byFact = new HashMap<>();
    List<Found> accepted = new ArrayList<>();
    for (Found c : candidates) {
      List<Found> ofEvent = byEvent.getOrDefault(c.b, List.of());
      List<Found> ofFact = byFact.getOrDefault(c.fact, List.of());
      if ((ofEvent.isEmpty() && ofFact.isEmpty()) || NumberLists.allows(c.a, c.b, ofEvent, ofFact)) {
        accepted.add(c);
        byEvent.computeIfAbsent(c.b, k -> new ArrayList<>()).add(c);
        byFact.computeIfAbsent(c.fact, k -> new ArrayList<>()).add(c);
      }
    }
    return accepted;
  }

  /** The one-to-many rule for events that list numbers. */
  private static final class NumberLists {
    private NumberLists() {
    }

    /**
     * True when {@code b} may link to {@code a} although one of them is already linked: either
     * {@code b} lists numbers and {@code a}'s are a part of them not yet covered by {@code b}'s
     * other links, or {@code a} lists numbers and {@code b}'s are a part of them not yet covered
     * by the other events of this document linked to the fact.
     */
    static boolean allows(EventProfile a, EventProfile b, List<Found> ofEvent, List<Found> ofFact) {
      if (ofFact.isEmpty()) {
        return partOf(a, b) && ofEvent.stream().allMatch(f -> disjoint(f.a, a));
      }
      if (ofEvent.isEmpty()) {
        return partOf(b, a) && ofFact.stream().allMatch(f -> disjoint(f.b, b));
      }
      return false;
    }

    /** True when {@code part} cites some of {@code list}'s numbers, and {@code list} cites more. */
    private static boolean partOf(EventProfile part, EventProfile list) {
      return !part.numbers.isEmpty() && list.numbers.size() > part.numbers.size()
          && list.numbers.containsAll(part.numbers);
    }

    private static boolean disjoint(EventProfile x, EventProfile y) {
      return x.numbers.stream().noneMatch(y.numbers::contains);
    }
  }
}
