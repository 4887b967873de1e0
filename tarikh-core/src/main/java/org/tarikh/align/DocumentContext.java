package org.tarikh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Mention;

/**
 * What the aligner knows about one document as a whole, computed once from its result: which
 * entities each event's evidence names (from the entities' mentions, whether or not the event
 * stage gave them a role), how common each entity is among the document's events, and which ids
 * the entity stage marked low confidence (a transliteration it could not map). An entity carried
 * or named by more than a quarter of the events (and at least three) is common: it tells facts
 * apart poorly (the document's subject state, the UN in a text about the UN).
 */
final class DocumentContext {
  private static final double COMMON_SHARE = 0.25;
  private static final int COMMON_MIN_EVENTS = 3;

  private final int[] starts;
  private final int[] ends;
  private final String[] ids;
  private final Set<String> unsure = new HashSet<>();
  private final Map<String, Integer> carriers = new HashMap<>();
  private final int events;

  private DocumentContext(DocumentResult doc) {
    List<Mention> mentions = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if ("low".equals(e.confidence())) {
        unsure.add(e.id());
      }
      for (Mention m : e.mentions()) {
        mentions.add(m);
        owners.add(e.id());
      }
    }
    Integer[] order = new Integer[mentions.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> mentions.get(i).start()));
    starts = new int[order.length];
    ends = new int[order.length];
    ids = new String[order.length];
    for (int k = 0; k < order.length; k++) {
      starts[k] = mentions.get(order[k]).start();
      ends[k] = mentions.get(order[k]).end();
      ids[k] = owners.get(order[k]);
    }
    events = doc.events().size();
    for (Event e : doc.events()) {
      Set<String> all = new HashSet<>(argIds(e));
      all.addAll(named(e.evidence()));
      all.forEach(id -> carriers.merge(id, 1, Integer::sum));
    }
  }

  static DocumentContext of(DocumentResult doc) {
    return new DocumentContext(doc);
  }

  /** The entity ids of an event's arguments, in role order. */
  static Set<String> argIds(Event e) {
    Set<String> ids = new LinkedHashSet<>();
    e.args().values().forEach(ids::addAll);
    return ids;
  }

  /** Ids of the entities with a mention inside the evidence span. */
  Set<String> named(Evidence evidence) {
    Set<String> out = new LinkedHashSet<>();
    if (evidence == null || starts.length == 0) {
      return out;
    }
    int k = Arrays.binarySearch(starts, evidence.start());
    k = k < 0 ? -k - 1 : k;
    while (k > 0 && starts[k - 1] == evidence.start()) {
      k--;
    }
    for (; k < starts.length && starts[k] < evidence.end(); k++) {
      if (ends[k] <= evidence.end()) {
        out.add(ids[k]);
      }
    }
    return out;
  }

  /** 0.5 for an entity common in this document, else 1. */
  double weight(String id) {
    int c = carriers.getOrDefault(id, 0);
    return c >= COMMON_MIN_EVENTS && c > COMMON_SHARE * events ? 0.5 : 1.0;
  }

  /** True when the entity stage made this id up with low confidence. */
  boolean unsure(String id) {
    return unsure.contains(id);
  }
}
