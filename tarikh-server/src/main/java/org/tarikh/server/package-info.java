/**
 * The web chronicle: a Javalin server with a JSON API over a {@link org.tarikh.store.ChronicleStore}
 * (documents, facts, entities, conflicts and findings, search, alignment, exports, editors'
 * review) and the bilingual timeline UI served from static files bundled in the jar
 * ({@code org/tarikh/server/web}). {@link org.tarikh.server.TarikhServer} is the entry point.
 */
package org.tarikh.server;
