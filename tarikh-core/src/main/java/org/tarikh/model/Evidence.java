package org.tarikh.model;

/** The sentence or clause that states a fact, with its code-point offsets. */
public record Evidence(int start, int end, String text) {
  public Span span() {
    return new Span(start, end);
  }
}
