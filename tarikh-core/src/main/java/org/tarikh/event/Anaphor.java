package org.tarikh.event;

import java.util.List;
import java.util.Set;
import org.tarikh.model.EntityKind;

/**
 * One row of {@code events/anaphors.tsv}: a phrase that stands for an entity named elsewhere
 * ("this organization", "the Council", "البلد"), the kinds its referent may have, words one of
 * which the referent's name must contain (empty: any name), and where the referent is sought.
 *
 * @param tokens the phrase's normalized tokens; the last one is its head, which carries the referent
 */
record Anaphor(String[] tokens, Set<EntityKind> kinds, List<Element.Word> names, Scope scope) {

  /** Where a referent is sought. */
  enum Scope {
    /** The most recent compatible mention in the sentence before the phrase or the few sentences before it. */
    NEAR,
    /** The most recent compatible mention anywhere before the phrase. */
    BEFORE,
    /** The document's most-mentioned entity of a compatible kind (its main state, say). */
    MAIN
  }
}
