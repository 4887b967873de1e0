package org.tarikh.entity;

/**
 * One surface form of an entity in a gazetteer.
 *
 * @param id FACTS.md id it stands for
 * @param casePolicy what the original's letter case must look like
 * @param rank lower wins when two entities share a surface form (see {@link NameRank})
 */
record NameEntry(String id, CasePolicy casePolicy, int rank) {
}
