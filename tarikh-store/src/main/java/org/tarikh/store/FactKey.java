package org.tarikh.store;

import java.util.Objects;

/**
 * What identifies a fact across versions of its document: the document, the event type and the
 * evidence offsets. Re-ingesting a changed document keeps the key of every fact whose sentence
 * did not move, so an editor's review of it still applies. Written {@code doc:TYPE:start-end}
 * (parsed from the right, so document ids may contain colons).
 *
 * @param docId document id
 * @param type event type
 * @param start first code point of the evidence
 * @param end code point after it
 */
public record FactKey(String docId, String type, int start, int end) {
  public FactKey {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + "-" + end);
    }
  }

  /** The key of a stored fact. */
  public static FactKey of(Fact f) {
    return new FactKey(f.docId(), f.type(), f.evidenceStart(), f.evidenceEnd());
  }

  /** Parses {@code doc:TYPE:start-end}; throws {@link IllegalArgumentException} when malformed. */
  public static FactKey parse(String text) {
    int second = text == null ? -1 : text.lastIndexOf(':');
    int first = second <= 0 ? -1 : text.lastIndexOf(':', second - 1);
    int dash = second < 0 ? -1 : text.indexOf('-', second);
    if (first <= 0 || dash < 0) {
      throw new IllegalArgumentException("not a fact key like doc:TYPE:12-80: '" + text + "'");
    }
    try {
      return new FactKey(text.substring(0, first), text.substring(first + 1, second),
          Integer.parseInt(text.substring(second + 1, dash)), Integer.parseInt(text.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a fact key like doc:TYPE:12-80: '" + text + "'", e);
    }
  }

  /** The audit-log target of reviews of this fact. */
  public String auditTarget() {
    return "fact:" + this;
  }

  @Override
  public String toString() {
    return docId + ":" + type + ":" + start + "-" + end;
  }
}
