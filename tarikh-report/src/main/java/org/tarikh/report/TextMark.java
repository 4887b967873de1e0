package org.tarikh.report;

import org.tarikh.model.Span;

/**
 * A marked range of a document text.
 *
 * @param span code points of the document
 * @param kind CSS class: {@code ev} evidence, {@code trg} trigger, {@code arg} argument,
 *     {@code ent} entity mention, {@code tx} timex, {@code finding}, {@code disputed}
 * @param title what a reader sees on hover
 * @param evidence for evidence, its {@link Anchors#evidenceKey key}, else {@code null}
 */
record TextMark(Span span, String kind, String title, String evidence) {
  static TextMark of(Span span, String kind, String title) {
    return new TextMark(span, kind, title, null);
  }
}
