package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.EntityKind;

/**
 * A thing the knowledge base knows, whatever the language.
 *
 * @param id FACTS.md id
 * @param kind its kind (from the id's prefix)
 * @param name canonical English name
 * @param acronym common English acronym, or the empty string
 * @param otherAcronyms other acronyms it is known by (older forms, other languages)
 */
record KbEntry(String id, EntityKind kind, String name, String acronym, List<String> otherAcronyms) {
  KbEntry {
    otherAcronyms = List.copyOf(otherAcronyms);
  }

  /** An entry with a name only (CLDR states, areas and cities). */
  KbEntry(String id, String name) {
    this(id, kindOf(id), name, "", List.of());
  }

  /** Every acronym, the common English one first. */
  List<String> acronyms() {
    List<String> out = new ArrayList<>();
    if (!acronym.isEmpty()) {
      out.add(acronym);
    }
    out.addAll(otherAcronyms);
    return out;
  }

  /** The kind an id's prefix names ({@code org:unesco} is an ORG). */
  static EntityKind kindOf(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("id without a kind prefix: " + id);
    }
    return EntityKind.valueOf(id.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
  }
}
