package org.tarikh.store;

import java.util.List;
import java.util.Map;

/**
 * A stored fact with its source, as {@code tarikh query} lists it, with any editor's correction applied.
 *
 * @param docId document id
 * @param version document version it was extracted from
 * @param source where the document was read from, or {@code null}
 * @param lang language of the document
 * @param eventId document-local event id
 * @param type event type
 * @param date TIMEX3 value (as corrected, if an editor corrected it)
 * @param extractedDate TIMEX3 value as extracted (part of the fact's {@link #key()})
 * @param range the days the date covers, or {@code null}
 * @param evidenceStart first code point of the evidence
 * @param evidenceEnd code point after it
 * @param evidence the clause that states the fact
 * @param args role to entity ids
 * @param attrs literal attributes (strings, lists, maps)
 * @param review an editor's verdict, already applied to date, args and attrs; {@code null} when
 *     the fact is as extracted
 */
public record Fact(String docId, int version, String source, String lang, String eventId, String type,
                   String date, String extractedDate, DateRange range, int evidenceStart, int evidenceEnd, String evidence,
                   Map<String, List<String>> args, Map<String, Object> attrs, Review review) {
  /** The key that identifies this fact across versions of its document. */
  public FactKey key() {
    return FactKey.of(this);
  }
}
