package org.tarikh.store;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a fact across versions of its document: the document, the event type, the
 * evidence offsets and the date as extracted (one clause may state two facts of a type, "In May
 * 2012 and October 2013, ... chaired the Council", which differ only by their dates).
 * Re-ingesting a changed document keeps the key of every fact whose sentence did not move and
 * whose date reads the same, so an editor's review of it still applies; a correction of the date
 * does not change the key. Written {@code doc:TYPE:start-end:date} ({@code date} is the TIMEX3
 * value and may itself hold colons or slashes, document ids may hold colons: the type and the
 * offsets between them tell the parts apart).
 *
 * @param docId document id
 * @param type event type
 * @param start first code point of the evidence
 * @param end code point after it
 * @param date the TIMEX3 date as extracted
 */
public record FactKey(String docId, String type, int start, int end, String date) {
  private static final Pattern FORM = Pattern.compile(
      "(?<doc>.+):(?<type>[A-Z][A-Z0-9_]*):(?<start>\\d{1,9})-(?<end>\\d{1,9}):(?<date>[^\\s]+)");

  public FactKey {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + "-" + end);
    }
  }

  /** The key of a stored fact (its extracted date, whatever a correction made of it). */
  public static FactKey of(Fact f) {
    return new FactKey(f.docId(), f.type(), f.evidenceStart(), f.evidenceEnd(), f.extractedDate());
  }

  /** Parses {@code doc:TYPE:start-end:date}; throws {@link IllegalArgumentException} when malformed. */
  public static FactKey parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not a fact key like doc:TYPE:12-80:1992-03-02: '" + text + "'");
    }
    return new FactKey(m.group("doc"), m.group("type"), Integer.parseInt(m.group("start")),
        Integer.parseInt(m.group("end")), m.group("date"));
  }

  /** The audit-log target of reviews of this fact. */
  public String auditTarget() {
    return "fact:" + this;
  }

  @Override
  public String toString() {
    return docId + ":" + type + ":" + start + "-" + end + ":" + date;
  }
}
