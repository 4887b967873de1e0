/**
 * Language-neutral reference data bundled with Tarikh (the UN record of
 * member states, General Assembly sessions and Security Council resolution numbers), each table
 * with its source, read once from {@code org/tarikh/reference/*.tsv}.
 */
package org.tarikh.reference;
