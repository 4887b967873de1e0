/**
 * Reconciliation across documents and languages: {@link org.tarikh.align.Reconciler} links the
 * events that state the same fact (blocking by type group and year or number, language-neutral
 * scoring, greedy one-to-one assignment with the number-list exception) and flags conflicts;
 * {@link org.tarikh.align.Consistency} turns results plus alignment into the side-by-side
 * summary the CLI prints and the HTML report shows.
 */
package org.tarikh.align;
