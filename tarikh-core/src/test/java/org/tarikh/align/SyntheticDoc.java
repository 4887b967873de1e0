package org.tarikh.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;

/**
 * Builds a small extraction result for reconciliation tests, the way the pipeline would give it:
 * each event's sentence is appended to the text, and every entity is mentioned wherever one of
 * its surface forms occurs, so that the evidence names what the sentence names.
 */
final class SyntheticDoc {
  private final String id;
  private final String lang;
  private final StringBuilder text = new StringBuilder();
  private final List<Event> events = new ArrayList<>();
  private final Map<String, Entity> entities = new LinkedHashMap<>();

  private SyntheticDoc(String id, String lang) {
    this.id = id;
    this.lang = lang;
  }

  static SyntheticDoc of(String id, String lang) {
    return new SyntheticDoc(id, lang);
  }

  /** Declares an entity with its surface forms in this document. */
  SyntheticDoc entity(String entityId, String... names) {
    return entity(entityId, null, names);
  }

  /** Declares an entity the entity stage was unsure of ({@code confidence: low}). */
  SyntheticDoc unsureEntity(String entityId, String... names) {
    return entity(entityId, "low", names);
  }

  private SyntheticDoc entity(String entityId, String confidence, String... names) {
    EntityKind kind = EntityKind.valueOf(entityId.substring(0, entityId.indexOf(':')).toUpperCase(java.util.Locale.ROOT));
    entities.put(entityId, new Entity(entityId, kind, names[0], List.of(names), List.of(), confidence));
    return this;
  }

  /** Adds an event whose date the sentence states. */
  SyntheticDoc event(String type, String date, String sentence, Map<String, List<String>> args,
                     Map<String, Object> attrs) {
    return add(type, date, sentence, args, attrs, true);
  }

  /** Adds an event whose date the extractor carried over from an earlier sentence. */
  SyntheticDoc inherited(String type, String date, String sentence, Map<String, List<String>> args) {
    return add(type, date, sentence, args, Map.of(), false);
  }

  private SyntheticDoc add(String type, String date, String sentence, Map<String, List<String>> args,
                           Map<String, Object> attrs, boolean stated) {
    int start = text.codePointCount(0, text.length());
    text.append(sentence).append(' ');
    int end = start + sentence.codePointCount(0, sentence.length());
    Span trigger = new Span(start, start + 1);
    events.add(new Event("e" + (events.size() + 1), type, date, new Evidence(start, end, sentence), args, attrs,
        trigger, stated ? new Span(start, start + 1) : null));
    return this;
  }

  DocumentResult build() {
    String t = text.toString();
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities.values()) {
      List<Mention> mentions = new ArrayList<>();
      for (String name : e.names()) {
        for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
          int s = t.codePointCount(0, i);
          mentions.add(new Mention(s, s + name.codePointCount(0, name.length()), name));
        }
      }
      mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      out.add(new Entity(e.id(), e.kind(), e.name(), e.names(), mentions, e.confidence()));
    }
    return new DocumentResult(new DocInfo(id, lang, null, "text", null), List.of(), out, events, List.of(), t);
  }
}
