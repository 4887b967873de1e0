package org.tarikh.store.search;

/**
 * One search result.
 *
 * @param kind what matched
 * @param score Lucene's relevance score
 * @param docId source document ({@code null} for an entity)
 * @param version its version
 * @param lang its language
 * @param eventId the fact's id (facts only)
 * @param type the fact's event type, or the entity's kind
 * @param date the fact's TIMEX3 date (facts only)
 * @param entityId the entity's id (entities only)
 * @param start first code point of {@code text} in the document (-1 for an entity)
 * @param end code point after it
 * @param text the evidence, the sentence, or the entity's names
 */
public record SearchHit(Kind kind, float score, String docId, int version, String lang, String eventId,
                        String type, String date, String entityId, int start, int end, String text) {
  /** What a hit is. */
  public enum Kind {
    /** A stored fact; {@code text} is its evidence. */
    FACT,
    /** A sentence of a document's text. */
    SENTENCE,
    /** An entity, found by one of its names. */
    ENTITY
  }
}
