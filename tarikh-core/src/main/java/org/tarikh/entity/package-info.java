/**
 * The entity stage: finds persons, states, organizations, places, treaties and named events and
 * gives each its FACTS.md id, the same in every language. Language-neutral knowledge (ids, kinds,
 * canonical English names, acronyms) lives in {@code org/tarikh/kb/}; names in a language live in
 * its pack's {@code entities/} folder; state, area and city names also come from CLDR via ICU4J.
 */
package org.tarikh.entity;
