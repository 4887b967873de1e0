package org.tarikh.store;

import java.util.List;
import java.util.Map;

/**
 * A stored fact with its source, as {@code tarikh query} lists it.
 *
 * @param docId document id
 * @param version document version it was extracted from
 * @param source where the document was read from, or {@code null}
 * @param lang language of the document
 * @param eventId document-local event id
 * @param type event type
 * @param date TIMEX3 value
 * @param range the days the date covers, or {@code null}
 * @param evidenceStart first code point of the evidence
 * @param evidenceEnd code point after it
 * @param evidence the clause that states the fact
 * @param args role to entity ids
 * @param attrs literal attributes (strings, lists, maps)
 */
public record Fact(String docId, int version, String source, String lang, String eventId, String type,
                   String date, DateRange range, int evidenceStart, int evidenceEnd, String evidence,
                   Map<String, List<String>> args, Map<String, Object> attrs) {
}
