package org.tarikh.event;

/**
 * A row of {@code events/attrs.tsv}: a pattern whose captures are attribute values, searched in
 * the fact's clause, then (scope {@code sentence}) its sentence, then (scope {@code paragraph})
 * the earlier sentences of its paragraph, or back to the sentence its inherited date came from,
 * nearest first.
 */
record AttrRule(Scope scope, Pattern pattern, java.util.List<String> names) {
  /** How far from the clause an attribute may be read. */
  enum Scope {
    CLAUSE, SENTENCE, PARAGRAPH
  }
}
