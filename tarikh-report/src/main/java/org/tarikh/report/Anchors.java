package org.tarikh.report;

/**
 * Element ids of the page, in one place so that links and targets agree: a document view is
 * {@code doc-<id>}, an offset inside it {@code doc-<id>-<start>}, one evidence
 * {@code doc-<id>-<start>-<end>}, a fact {@code fact-<id>-<event>},
 * a conflict {@code conflict-<n>}. Characters of a document id that are not letters, digits,
 * {@code _} or {@code -} become {@code _}.
 */
final class Anchors {
  private Anchors() {
  }

  static String slug(String docId) {
    StringBuilder b = new StringBuilder(docId.length());
    docId.codePoints().forEach(c -> {
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
      b.append(ok ? (char) c : '_');
    });
    return b.toString();
  }

  static String doc(String docId) {
    return "doc-" + slug(docId);
  }

  static String offset(String docId, int start) {
    return doc(docId) + "-" + start;
  }

  static String evidence(String docId, int start, int end) {
    return offset(docId, start) + "-" + end;
  }

  /** The key that selects one evidence's pieces in the document view ({@code data-ev}). */
  static String evidenceKey(int start, int end) {
    return start + "-" + end;
  }

  static String fact(String docId, String eventId) {
    return "fact-" + slug(docId) + "-" + slug(eventId);
  }

  static String conflict(int number) {
    return "conflict-" + number;
  }
}
