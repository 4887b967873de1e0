package org.tarikh.model;

/** One place in the text where an entity is named. Offsets are code points. */
public record Mention(int start, int end, String text) {
  public Span span() {
    return new Span(start, end);
  }
}
