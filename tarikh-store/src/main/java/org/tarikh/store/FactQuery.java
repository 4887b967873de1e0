package org.tarikh.store;

import java.time.LocalDate;

/**
 * A question about stored facts; every part is optional ({@code null} for any).
 *
 * @param entity an entity id that must fill one of the fact's roles
 * @param type an event type
 * @param from first day of the period the fact's date must overlap
 * @param to last day of that period
 * @param lang language of the source document
 * @param limit most facts to return
 */
public record FactQuery(String entity, String type, LocalDate from, LocalDate to, String lang, int limit) {
  public static FactQuery all() {
    return new FactQuery(null, null, null, null, null, 10_000);
  }

  public FactQuery withEntity(String e) {
    return new FactQuery(e, type, from, to, lang, limit);
  }

  public FactQuery withType(String t) {
    return new FactQuery(entity, t, from, to, lang, limit);
  }

  public FactQuery between(LocalDate f, LocalDate t) {
    return new FactQuery(entity, type, f, t, lang, limit);
  }

  public FactQuery withLang(String l) {
    return new FactQuery(entity, type, from, to, l, limit);
  }

  public FactQuery withLimit(int n) {
    return new FactQuery(entity, type, from, to, lang, n);
  }
}
