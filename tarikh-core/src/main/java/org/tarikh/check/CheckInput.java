package org.tarikh.check;

import java.util.List;
import org.tarikh.entity.MentionSearch;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Span;
import org.tarikh.text.CodePointIndex;

/**
 * What the reference checks read about one document: its text, entities (with mentions), events
 * and sentence spans, all in code points. The checks read entity mentions: give entities read
 * without them (JSON results, gold files) through {@link MentionSearch#complete} first.
 */
public final class CheckInput {
  private final String text;
  private final CodePointIndex index;
  private final List<Entity> entities;
  private final List<Event> events;
  private final List<Span> sentences;

  /**
   * @param text the document text the offsets refer to
   * @param entities entities with their mentions
   * @param events events
   * @param sentences sentence spans in code points (may be empty: findings then quote the line)
   */
  public CheckInput(String text, List<Entity> entities, List<Event> events, List<Span> sentences) {
    this.text = text;
    this.index = new CodePointIndex(text);
    this.entities = List.copyOf(entities);
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
}
