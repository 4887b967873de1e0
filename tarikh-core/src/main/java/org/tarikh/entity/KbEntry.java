package org.tarikh.entity;

import org.tarikh.model.EntityKind;

/**
 * A thing the knowledge base knows, whatever the language.
 *
 * @param id FACTS.md id
 * @param kind its kind (from the id's prefix)
 * @param name canonical English name
 * @param acronym common acronym, or the empty string
 */
record KbEntry(String id, EntityKind kind, String name, String acronym) {
  /** The kind an id's prefix names ({@code org:unesco} is an ORG). */
  static EntityKind kindOf(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("id without a kind prefix: " + id);
    }
    return EntityKind.valueOf(id.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
  }
}
