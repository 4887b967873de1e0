package org.tarikh.store.search;

import java.time.LocalDate;

/**
 * A search: query text in Lucene's syntax (words must all match; quotes for phrases) and optional
 * filters ({@code null} for any).
 *
 * @param query the words to find, in any script
 * @param entity an entity id the hit must involve (a role of a fact, a mention in a sentence, or
 *     the entity itself)
 * @param type an event type (only facts have one)
 * @param from first day of a period the hit's dates must overlap
 * @param to last day of that period
 * @param lang language of the source document
 * @param limit most hits to return
 */
public record SearchRequest(String query, String entity, String type, LocalDate from, LocalDate to,
                            String lang, int limit) {
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, 20);
  }

  public SearchRequest withEntity(String e) {
    return new SearchRequest(query, e, type, from, to, lang, limit);
  }

  public SearchRequest withType(String t) {
    return new SearchRequest(query, entity, t, from, to, lang, limit);
  }

  public SearchRequest between(LocalDate f, LocalDate t) {
    return new SearchRequest(query, entity, type, f, t, lang, limit);
  }

  public SearchRequest withLang(String l) {
    return new SearchRequest(query, entity, type, from, to, l, limit);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, entity, type, from, to, lang, n);
  }
}
