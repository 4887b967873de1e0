/**
 * The entity stage: finds persons, states, organizations, places, treaties and named events and
 * gives each its FACTS.md id, the same in every language. Language-neutral knowledge (ids, kinds,
 * canonical English names, acronyms) lives in {@code org/tarikh/kb/}; names in a language live in
 * its pack's {@code entities/} folder; state, area and city names also come from CLDR via ICU4J.
 * For other packages: {@link org.tarikh.entity.EntityKnowledge} (names and acronyms of ids) and
 * {@link org.tarikh.entity.MentionSearch} (mentions of entities given without them).
 */
package org.tarikh.entity;
