package org.tarikh.store.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The {@code audit_log} table: one row per change (who, when, what, state before and after as
 * JSON), numbered by the change it belongs to and an ordinal within it.
 */
public final class AuditLog {
  /**
   * One audited change.
   *
   * @param changeSeq the change (transaction) it belongs to
   * @param at when (ISO instant)
   * @param actor who
   * @param action what kind of change ({@code ingest}, {@code new-version}, {@code align}, ...)
   * @param target what it changed ({@code doc:<id>}, {@code event:<doc>#<id>}, ...)
   * @param before JSON of the state before, or {@code null}
   * @param after JSON of the state after, or {@code null}
   */
  public record Entry(long changeSeq, String at, String actor, String action, String target,
                      String before, String after) {
  }

  private AuditLog() {
  }

  static void record(Handle h, long seq, int ordinal, Instant at, String actor, String action,
                     String target, Object before, Object after) {
    h.createUpdate("INSERT INTO audit_log (change_seq, ordinal, at_time, actor, action, target, before_json, after_json) "
            + "VALUES (:seq, :ordinal, :at, :actor, :action, :target, :before, :after)")
        .bind("seq", seq).bind("ordinal", ordinal).bind("at", at.toString()).bind("actor", actor)
        .bind("action", action).bind("target", target)
        .bind("before", before == null ? null : Json.write(before))
        .bind("after", after == null ? null : Json.write(after))
        .execute();
  }

  /** The entries about one target, oldest first. */
  public static List<Entry> forTarget(Handle h, String target) {
    return h.createQuery("SELECT change_seq, at_time, actor, action, target, before_json, after_json "
            + "FROM audit_log WHERE target = :target ORDER BY change_seq, ordinal")
        .bind("target", target)
        .map((rs, ctx) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)))
        .list();
  }
}
