package org.tarikh.store.db;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.store.ContentHash;
import org.tarikh.store.IngestOutcome;

/**
 * Stores one document's extraction result as a new version, in one transaction: unchanged
 * content is a no-op; changed content retires the current version (its facts stay, as
 * history) and makes the new one current; the entity catalogue and the audit log are updated.
 */
public final class Ingestion {
  private Ingestion() {
  }

  /** Whether {@code text} is already the current content of {@code docId}. */
  public static boolean isCurrent(Database db, String docId, String text) {
    String hash = ContentHash.of(text);
    return db.read(h -> VersionQueries.current(h, docId).map(c -> c.contentHash().equals(hash)).orElse(false));
  }

  /** Stores {@code result} (extracted from {@code doc}); runs in its own transaction. */
  public static IngestOutcome store(Database db, Document doc, DocumentResult result, String actor, Instant now) {
    String hash = ContentHash.of(doc.text());
    return db.inTransaction(h -> {
      Optional<VersionQueries.Current> current = VersionQueries.current(h, doc.id());
      if (current.isPresent() && current.get().contentHash().equals(hash)) {
        return new IngestOutcome(doc.id(), IngestOutcome.Status.UNCHANGED, current.get().version(), null);
      }
      long seq = Database.nextChange(h);
      int version = VersionQueries.lastVersion(h, doc.id()) + 1;
      current.ifPresent(c -> VersionQueries.retire(h, c.versionId(), seq));
      String versionId = VersionQueries.versionId(doc.id(), version);
      insertVersion(h, doc, result, versionId, version, hash, seq, actor, now);
      FactWriter.timexes(h, versionId, result.timexes());
      EntityCatalogue.upsert(h, result.entities(), doc.lang(), seq);
      FactWriter.entities(h, versionId, result.entities());
      FactWriter.events(h, doc.id(), versionId, result.events());
      FactWriter.findings(h, versionId, result.findings());
      Map<String, Object> after = summary(version, hash, result);
      Object before = current.map(c -> (Object) Map.of("version", c.version(), "content_hash", c.contentHash()))
          .orElse(null);
      AuditLog.record(h, seq, 0, now, actor, current.isPresent() ? "new-version" : "ingest",
          "doc:" + doc.id(), before, after);
      return new IngestOutcome(doc.id(), current.isPresent() ? IngestOutcome.Status.NEW_VERSION
          : IngestOutcome.Status.ADDED, version, null);
    });
  }

  private static void insertVersion(Handle h, Document doc, DocumentResult r, String versionId, int version,
                                    String hash, long seq, String actor, Instant now) {
    h.createUpdate("INSERT INTO document_version (version_id, doc_id, version, is_current, content_hash, lang, "
            + "source, format, dct, body, ingested_at, ingested_by, change_seq, n_timexes, n_entities, n_mentions, "
            + "n_events, n_args, n_attrs, n_findings) VALUES (:v, :doc, :version, 1, :hash, :lang, :source, :format, "
            + ":dct, :body, :at, :actor, :seq, :nt, :ne, :nm, :nev, :na, :nattr, :nf)")
        .bind("v", versionId).bind("doc", doc.id()).bind("version", version).bind("hash", hash)
        .bind("lang", doc.lang()).bind("source", doc.source()).bind("format", doc.format())
        .bind("dct", doc.dct() == null ? null : doc.dct().toString()).bind("body", doc.text())
        .bind("at", now.toString()).bind("actor", actor).bind("seq", seq)
        .bind("nt", r.timexes().size()).bind("ne", r.entities().size()).bind("nm", mentions(r))
        .bind("nev", r.events().size()).bind("na", args(r)).bind("nattr", attrs(r))
        .bind("nf", r.findings().size())
        .execute();
  }

  private static Map<String, Object> summary(int version, String hash, DocumentResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version);
    m.put("content_hash", hash);
    m.put("timexes", r.timexes().size());
    m.put("entities", r.entities().size());
    m.put("events", r.events().size());
    m.put("findings", r.findings().size());
    return m;
  }

  static int mentions(DocumentResult r) {
    return r.entities().stream().mapToInt(e -> e.mentions().size()).sum();
  }

  static int args(DocumentResult r) {
    return r.events().stream().mapToInt(e -> e.args().values().stream().mapToInt(java.util.List::size).sum()).sum();
  }

  static int attrs(DocumentResult r) {
    return r.events().stream().mapToInt(e -> e.attrs().size()).sum();
  }
}
