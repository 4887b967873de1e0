package org.tarikh.store.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** What changed after a given change number: the documents and entities to index again. */
public final class ChangeFeed {
  private ChangeFeed() {
  }

  /** Ids of documents with a version written or retired after change {@code seq}. */
  public static List<String> documentsAfter(Handle h, long seq) {
    return h.createQuery("SELECT DISTINCT doc_id FROM document_version WHERE change_seq > :seq ORDER BY doc_id")
        .bind("seq", seq).mapTo(String.class).list();
  }

  /** Ids of entities written after change {@code seq}. */
  public static List<String> entitiesAfter(Handle h, long seq) {
    return h.createQuery("SELECT entity_id FROM entity WHERE change_seq > :seq ORDER BY entity_id")
        .bind("seq", seq).mapTo(String.class).list();
  }

  /** Names and kind of each entity. */
  public static Map<String, List<String>> names(Handle h, List<String> ids) {
    return EntityCatalogue.names(h, ids);
  }
}
