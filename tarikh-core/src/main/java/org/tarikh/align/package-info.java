/**
 * Reconciliation across documents and languages: {@link org.tarikh.align.Reconciler} links the
 * events that state the same fact (blocking by type group, or a kin group, and year or number;
 * language-neutral scoring on dates, entity ids in roles or named in the evidence, anchors of
 * person-centred facts, numbers and attributes; greedy one-to-one assignment with the
 * number-list exception) and flags conflicts only on values both sources state;
 * {@link org.tarikh.align.Consistency} turns results plus alignment into the side-by-side
 * summary the CLI prints and the HTML report shows.
 */
package org.tarikh.align;
