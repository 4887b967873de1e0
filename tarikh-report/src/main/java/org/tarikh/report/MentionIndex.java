package org.tarikh.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.entity.MentionSearch;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;

/**
 * Where each entity of a document is named. Mentions the result lists are used as given; an
 * entity listed without mentions (gold files, older results) gets those {@link MentionSearch}
 * finds for its surface forms, so that the document view can still mark them.
 */
final class MentionIndex {
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, List<Span>> spans = new HashMap<>();

  MentionIndex(DocumentResult result, String text, MentionSearch search) {
    for (Entity e : search.complete(text, result.entities())) {
      entities.put(e.id(), e);
      spans.put(e.id(), e.mentions().stream().map(Mention::span).toList());
    }
  }

  /** The entity of an id, or {@code null} when the document does not list it. */
  Entity entity(String id) {
    return entities.get(id);
  }

  Iterable<Entity> entities() {
    return entities.values();
  }

  /** Mentions of an entity, in text order (empty when none is known). */
  List<Span> mentions(String id) {
    return spans.getOrDefault(id, List.of());
  }

  /** Mentions of an entity inside a span. */
  List<Span> mentionsIn(String id, Span within) {
    return mentions(id).stream().filter(within::contains).toList();
  }
}
