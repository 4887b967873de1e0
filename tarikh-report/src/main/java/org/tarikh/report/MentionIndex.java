package org.tarikh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;

/**
 * Where each entity of a document is named. Mentions the result lists are used as given; for an
 * entity listed without mentions (gold files, older results) its surface forms are looked up in
 * the text as whole words, longest first, so that the document view can still mark them.
 */
final class MentionIndex {
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, List<Span>> spans = new HashMap<>();

  MentionIndex(DocumentResult result, TextSearch search) {
    List<Span> taken = new ArrayList<>();
    for (Entity e : result.entities()) {
      entities.put(e.id(), e);
      if (!e.mentions().isEmpty()) {
        List<Span> given = e.mentions().stream().map(Mention::span).toList();
        spans.put(e.id(), given);
        taken.addAll(given);
      }
    }
    for (Entity e : result.entities()) {
      if (e.mentions().isEmpty()) {
        spans.put(e.id(), locate(e, search, taken));
      }
    }
  }

  private static List<Span> locate(Entity e, TextSearch search, List<Span> taken) {
    List<String> forms = new ArrayList<>(e.names());
    forms.add(e.name());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    List<Span> found = new ArrayList<>();
    for (String form : forms) {
      for (Span s : search.find(form, 0, search.length(), true)) {
        if (taken.stream().noneMatch(s::overlaps)) {
          found.add(s);
          taken.add(s);
        }
      }
    }
    found.sort(null);
    return found;
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
