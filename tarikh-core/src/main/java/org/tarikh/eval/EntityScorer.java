package org.tarikh.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.model.Entity;

/**
 * Scores the entities of one document (FACTS.md "Scoring", Entities): the set of gold entity
 * ids against the set of predicted ones. Kind, names and mentions are not scored; an id listed
 * twice counts once.
 */
public final class EntityScorer {
  private EntityScorer() {
  }

  public static Counts score(List<Entity> gold, List<Entity> pred) {
    Set<String> g = ids(gold);
    Set<String> p = ids(pred);
    long tp = p.stream().filter(g::contains).count();
    return Counts.of(tp, p.size(), g.size());
  }

  private static Set<String> ids(List<Entity> entities) {
    Set<String> out = new HashSet<>();
    entities.forEach(e -> out.add(e.id()));
    return out;
  }
}
