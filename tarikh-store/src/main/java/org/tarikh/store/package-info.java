/**
 * The chronicle store: documents, their versions and every fact extracted from them, kept in an
 * embedded SQLite file or a shared PostgreSQL database (same Flyway migrations), with a Lucene
 * index beside it for search. {@link org.tarikh.store.ChronicleStore} is the entry point.
 */
package org.tarikh.store;
