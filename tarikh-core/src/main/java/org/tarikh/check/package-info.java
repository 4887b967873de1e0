/**
 * Reference checks inside one document ({@link org.tarikh.check.FindingsStage}, the last stage of
 * the standard pipeline): acronyms that do not belong to the name beside them, General Assembly
 * session numbers and Security Council resolution numbers that do not fit their year, UN
 * admission dates and member ordinals that differ from the UN's record, and facts stated twice
 * with different dates. The reference data is in {@code org/tarikh/reference/*.tsv}.
 */
package org.tarikh.check;
