/**
 * Full-text search over a chronicle with Lucene: evidence sentences of facts, the sentences of
 * document texts and entity names in every script, normalized exactly as extraction normalizes
 * ({@link org.tarikh.text.ScriptNormalizer}), with English and Arabic stemming in a separate
 * field. The index is derived data: it can always be rebuilt from the database.
 */
package org.tarikh.store.search;
