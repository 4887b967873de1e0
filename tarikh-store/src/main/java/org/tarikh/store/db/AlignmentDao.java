package org.tarikh.store.db;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Link;

/**
 * The {@code alignment_link} and {@code alignment_conflict} tables. Storing an alignment of some
 * documents retires the current links and conflicts among those documents (they stay, with
 * {@code is_current = 0}) and adds the new ones, pinned to the documents' current versions.
 */
public final class AlignmentDao {
  private AlignmentDao() {
  }

  /** Stores {@code a} in one transaction; returns the change number. */
  public static long store(Database db, Alignment a, String actor, Instant now) {
    return db.inTransaction(h -> {
      long seq = Database.nextChange(h);
      int retired = retire(h, "alignment_link", a.docs(), seq) + retire(h, "alignment_conflict", a.docs(), seq);
      int i = 0;
      for (Link l : a.links()) {
        h.createUpdate("INSERT INTO alignment_link (link_id, a_ref, b_ref, a_doc, b_doc, a_version_id, b_version_id, score, "
                + "reasons_json, is_current, change_seq) VALUES (:id, :a, :b, :ad, :bd, :av, :bv, :score, :reasons, 1, :seq)")
            .bind("id", seq + "-l" + i++).bind("a", l.a()).bind("b", l.b())
            .bind("ad", docOf(l.a())).bind("bd", docOf(l.b()))
            .bind("av", versionOf(h, l.a())).bind("bv", versionOf(h, l.b()))
            .bind("score", l.score()).bind("reasons", Json.write(l.reasons())).bind("seq", seq).execute();
      }
      i = 0;
      for (Conflict c : a.conflicts()) {
        h.createUpdate("INSERT INTO alignment_conflict (conflict_id, a_ref, b_ref, a_doc, b_doc, a_version_id, b_version_id, "
                + "field, a_value, b_value, is_current, change_seq) VALUES (:id, :a, :b, :ad, :bd, :av, :bv, :field, :x, :y, 1, :seq)")
            .bind("id", seq + "-c" + i++).bind("a", c.a()).bind("b", c.b())
            .bind("ad", docOf(c.a())).bind("bd", docOf(c.b()))
            .bind("av", versionOf(h, c.a())).bind("bv", versionOf(h, c.b()))
            .bind("field", c.field()).bind("x", c.aValue()).bind("y", c.bValue()).bind("seq", seq).execute();
      }
      AuditLog.record(h, seq, 0, now, actor, "align", "docs:" + String.join(",", a.docs()),
          Map.of("retired", retired), Map.of("links", a.links().size(), "conflicts", a.conflicts().size()));
      return seq;
    });
  }

  private static int retire(Handle h, String table, List<String> docs, long seq) {
    if (docs.isEmpty()) {
      return 0;
    }
    return h.createUpdate("UPDATE " + table + " SET is_current = 0, change_seq = :seq WHERE is_current = 1 "
            + "AND a_doc IN (<docs>) AND b_doc IN (<docs>)")
        .bind("seq", seq).bindList("docs", docs).execute();
  }

  private static String versionOf(Handle h, String ref) {
    return VersionQueries.current(h, docOf(ref)).map(VersionQueries.Current::versionId).orElse(null);
  }

  /** The document part of a {@code doc#event} reference. */
  static String docOf(String ref) {
    int hash = ref.lastIndexOf('#');
    return hash < 0 ? ref : ref.substring(0, hash);
  }

  /** The current alignment among all stored documents. */
  public static Alignment current(Handle h) {
    List<Link> links = h.createQuery("SELECT a_ref, b_ref, score, reasons_json FROM alignment_link "
            + "WHERE is_current = 1 ORDER BY a_ref, b_ref")
        .map((rs, ctx) -> new Link(rs.getString(1), rs.getString(2), rs.getDouble(3), Json.stringList(rs.getString(4))))
        .list();
    List<Conflict> conflicts = h.createQuery("SELECT a_ref, b_ref, field, a_value, b_value FROM alignment_conflict "
            + "WHERE is_current = 1 ORDER BY a_ref, b_ref, field")
        .map((rs, ctx) -> new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
    List<String> docs = h.createQuery("SELECT doc_id FROM document_version WHERE is_current = 1 ORDER BY doc_id")
        .mapTo(String.class).list();
    return new Alignment(docs, links, conflicts);
  }
}
