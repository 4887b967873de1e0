package org.tarikh.store.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tarikh.store.DocumentVersion;

/** The {@code document_version} table: which versions exist and which one is current. */
public final class VersionQueries {
  /** The current version of a document. */
  record Current(String versionId, int version, String contentHash) {
  }

  private VersionQueries() {
  }

  static String versionId(String docId, int version) {
    return docId + "@" + version;
  }

  static Optional<Current> current(Handle h, String docId) {
    return h.createQuery("SELECT version_id, version, content_hash FROM document_version "
            + "WHERE doc_id = :doc AND is_current = 1")
        .bind("doc", docId)
        .map((rs, ctx) -> new Current(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .findOne();
  }

  static int lastVersion(Handle h, String docId) {
    return h.createQuery("SELECT COALESCE(MAX(version), 0) FROM document_version WHERE doc_id = :doc")
        .bind("doc", docId).mapTo(Integer.class).one();
  }

  static void retire(Handle h, String versionId, long seq) {
    h.createUpdate("UPDATE document_version SET is_current = 0, change_seq = :seq WHERE version_id = :v")
        .bind("v", versionId).bind("seq", seq).execute();
  }

  public static List<DocumentVersion> history(Handle h, String docId) {
    return h.createQuery("SELECT doc_id, version, is_current, content_hash, ingested_at, ingested_by, n_events "
            + "FROM document_version WHERE doc_id = :doc ORDER BY version")
        .bind("doc", docId)
        .map((rs, ctx) -> new DocumentVersion(rs.getString(1), rs.getInt(2), rs.getInt(3) == 1,
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
        .list();
  }
}
