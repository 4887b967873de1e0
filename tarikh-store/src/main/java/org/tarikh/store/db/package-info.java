/**
 * Data access for the chronicle store: the connection and migrations ({@link
 * org.tarikh.store.db.Database}, {@link org.tarikh.store.db.Migrations}), and one small DAO per
 * concern. All SQL is portable between SQLite and PostgreSQL and uses bound parameters only.
 * Internal to {@code tarikh-store}; use {@link org.tarikh.store.ChronicleStore}.
 */
package org.tarikh.store.db;
