package org.tarikh.store;

import java.time.LocalDate;

/**
 * A question about stored facts; every filter is optional ({@code null} for any).
 *
 * @param entity an entity id that must fill one of the fact's roles
 * @param type an event type
 * @param from first day of the period the fact's date must overlap
 * @param to last day of that period
 * @param lang language of the source document
 * @param limit most facts to return
 * @param docId the source document
 * @param offset how many facts of the stable order to skip (for pages)
 * @param withRejected whether facts an editor rejected are listed too
 * @param brief whether roles and attributes are left unread (empty maps unless a correction gives
 *     them): for timelines, which need only dates and types
 */
public record FactQuery(String entity, String type, LocalDate from, LocalDate to, String lang, int limit,
                        String docId, int offset, boolean withRejected, boolean brief) {
  public FactQuery {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  public FactQuery(String entity, String type, LocalDate from, LocalDate to, String lang, int limit) {
    this(entity, type, from, to, lang, limit, null, 0, false, false);
  }

  public static FactQuery all() {
    return new FactQuery(null, null, null, null, null, 10_000);
  }

  public FactQuery withEntity(String e) {
    return new FactQuery(e, type, from, to, lang, limit, docId, offset, withRejected, brief);
  }

  public FactQuery withType(String t) {
    return new FactQuery(entity, t, from, to, lang, limit, docId, offset, withRejected, brief);
  }

  public FactQuery between(LocalDate f, LocalDate t) {
    return new FactQuery(entity, type, f, t, lang, limit, docId, offset, withRejected, brief);
  }

  public FactQuery withLang(String l) {
    return new FactQuery(entity, type, from, to, l, limit, docId, offset, withRejected, brief);
  }

  public FactQuery withLimit(int n) {
    return new FactQuery(entity, type, from, to, lang, n, docId, offset, withRejected, brief);
  }

  public FactQuery withDoc(String d) {
    return new FactQuery(entity, type, from, to, lang, limit, d, offset, withRejected, brief);
  }

  /** The page of {@code size} facts that starts after {@code skip} facts. */
  public FactQuery page(int skip, int size) {
    return new FactQuery(entity, type, from, to, lang, size, docId, skip, withRejected, brief);
  }

  public FactQuery includingRejected(boolean yes) {
    return new FactQuery(entity, type, from, to, lang, limit, docId, offset, yes, brief);
  }

  /** The same question without roles and attributes (see {@link #brief()}). */
  public FactQuery briefly() {
    return new FactQuery(entity, type, from, to, lang, limit, docId, offset, withRejected, true);
  }
}
