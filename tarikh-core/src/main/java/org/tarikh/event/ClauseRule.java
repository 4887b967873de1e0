package org.tarikh.event;

/**
 * A row of {@code events/clauses.tsv}: a pattern with a cut {@code ^} where a sentence splits
 * into two clauses. When {@code continues}, a clause that states no fact of its own but has its
 * own date repeats the previous clause's fact with its own entities ("... 822 on 30 April, 853 on
 * 29 July ..."); captures after the cut become that fact's attributes.
 */
record ClauseRule(Pattern pattern, boolean continues) {
}
