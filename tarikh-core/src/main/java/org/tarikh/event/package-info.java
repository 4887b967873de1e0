/**
 * Dated facts (FACTS.md, Event). {@link org.tarikh.event.EventStage} reads the timex and entity
 * layers and writes the event layer. Its knowledge is data: the 20 types with their roles and
 * attributes in {@code org/tarikh/event/types.tsv} (language-neutral), and per language
 * {@code lang/<iso>/events/}: {@code rules.tsv} (fact patterns), {@code markers.tsv} (role
 * markers), {@code attrs.tsv} (attribute patterns), {@code clauses.tsv} (clause cuts),
 * {@code words.tsv}, {@code phrases.tsv} (word lists), {@code anaphors.tsv} (phrases standing
 * for an entity named before); number words come from {@code timex/lexicon.tsv}
 * ({@link org.tarikh.lang.NumberWords}). Patterns are written
 * in a small token language over words, entity slots and timex slots ({@code PatternParser}),
 * compiled once per pack ({@code EventModel}) and matched per clause ({@code EventFinder}).
 */
package org.tarikh.event;
