package org.tarikh.check;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.text.CodePointIndex;

/**
 * What the reference checks read about one document: its text, entities (with mentions), events
 * and sentence spans, all in code points. Entities read from JSON without mentions get them by
 * finding their surface forms ({@code names}) in the text.
 */
public final class CheckInput {
  private final String text;
  private final CodePointIndex index;
  private final List<Entity> entities;
  private final List<Event> events;
  private final List<Span> sentences;

  /**
   * @param text the document text the offsets refer to
   * @param entities entities, with or without mentions
   * @param events events
   * @param sentences sentence spans in code points (may be empty: findings then quote the line)
   */
  public CheckInput(String text, List<Entity> entities, List<Event> events, List<Span> sentences) {
    this.text = text;
    this.index = new CodePointIndex(text);
    this.entities = entities.stream().map(this::withMentions).toList();
    this.events = List.copyOf(events);
    this.sentences = List.copyOf(sentences);
  }

  public List<Entity> entities() {
    return entities;
  }

  public List<Event> events() {
    return events;
  }

  /** Length in code points. */
  public int length() {
    return index.codePointLength();
  }

  /** Original text of a code-point range. */
  public String text(int start, int end) {
    return text.substring(index.toChar(start), index.toChar(end));
  }

  /** The code point at an offset. */
  public int codePointAt(int offset) {
    return text.codePointAt(index.toChar(offset));
  }

  /** The sentence containing a span, or its line when sentences are unknown. */
  public String sentenceAround(Span span) {
    for (Span s : sentences) {
      if (s.start() <= span.start() && span.end() <= s.end()) {
        return text(s.start(), s.end()).strip();
      }
    }
    int from = text.lastIndexOf('\n', index.toChar(span.start())) + 1;
    int to = text.indexOf('\n', index.toChar(span.end()));
    return text.substring(from, to < 0 ? text.length() : to).strip();
  }

  private Entity withMentions(Entity e) {
    if (!e.mentions().isEmpty()) {
      return e;
    }
    List<Mention> found = new ArrayList<>();
    for (String name : e.names()) {
      for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + 1)) {
        int cp = index.toCodePoint(at);
        found.add(new Mention(cp, cp + name.codePointCount(0, name.length()), name));
      }
    }
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    return new Entity(e.id(), e.kind(), e.name(), e.names(), found, e.confidence());
  }
}
