package org.tarikh.store.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.tarikh.store.DateRange;
import org.tarikh.store.Fact;
import org.tarikh.store.FactKey;
import org.tarikh.store.Review;
import org.tarikh.store.StoreException;

/**
 * The {@code correction} table: editors' verdicts on facts, keyed by {@link FactKey} so that they
 * survive re-ingesting the document, applied on top of the extracted facts when they are read.
 * Every verdict is one change, audited under {@code fact:<key>} with the state before and after.
 */
public final class Reviews {
  private static final String WHERE_KEY = "WHERE doc_id = :doc AND event_type = :type AND evidence_start = :s "
      + "AND evidence_end = :e AND fact_date = :date";

  private Reviews() {
  }

  /** Stores {@code review} of the current fact {@code key}; returns the change number. */
  public static long store(Database db, FactKey key, Review review, Instant now) {
    return db.inTransaction(h -> {
      Fact current = currentFact(h, key).orElseThrow(() -> new StoreException("no current fact " + key));
      long seq = Database.nextChange(h);
      Optional<Review> before = find(h, key);
      bindKey(h.createUpdate("DELETE FROM correction " + WHERE_KEY), key).execute();
      DateRange days = review.date() == null ? null : DateRange.ofTimex(review.date()).orElse(null);
      bindKey(h.createUpdate("INSERT INTO correction (doc_id, event_type, evidence_start, evidence_end, fact_date, "
              + "verdict, date_value, begin_day, end_day, args_json, attrs_json, note, actor, at_time, change_seq) "
              + "VALUES (:doc, :type, :s, :e, :date, :verdict, :corrected, :begin, :end, :args, :attrs, :note, :actor, "
              + ":at, :seq)"), key)
          .bind("verdict", review.verdict().name()).bind("corrected", review.date())
          .bind("begin", days == null ? null : days.begin().toString())
          .bind("end", days == null ? null : days.end().toString())
          .bind("args", review.args() == null ? null : Json.write(review.args()))
          .bind("attrs", review.attrs() == null ? null : Json.write(review.attrs()))
          .bind("note", review.note()).bind("actor", review.actor()).bind("at", now.toString()).bind("seq", seq)
          .execute();
      listUnder(h, key, review.date() == null ? DateRange.ofTimex(key.date()).orElse(null) : days);
      AuditLog.record(h, seq, 0, now, review.actor(), "review-" + review.verdict().name().toLowerCase(
              java.util.Locale.ROOT), key.auditTarget(), before.map(Reviews::state).orElse(state(current)),
          state(review));
      return seq;
    });
  }

  /** The verdict on a fact, if any. */
  public static Optional<Review> find(Handle h, FactKey key) {
    return bindKey(h.createQuery("SELECT verdict, date_value, args_json, attrs_json, note, actor, at_time "
            + "FROM correction " + WHERE_KEY), key)
        .map((rs, ctx) -> review(rs)).findOne();
  }

  /** The verdicts on the facts of some documents. */
  public static Map<FactKey, Review> forDocuments(Handle h, List<String> docIds) {
    Map<FactKey, Review> out = new HashMap<>();
    if (docIds.isEmpty()) {
      return out;
    }
    h.createQuery("SELECT verdict, date_value, args_json, attrs_json, note, actor, at_time, doc_id, event_type, "
            + "evidence_start, evidence_end, fact_date FROM correction WHERE doc_id IN (<docs>)")
        .bindList("docs", docIds)
        .map((rs, ctx) -> Map.entry(new FactKey(rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
            rs.getString(12)),
            review(rs)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The facts with their verdicts applied. */
  static List<Fact> apply(Handle h, List<Fact> facts) {
    if (facts.isEmpty()) {
      return facts;
    }
    Map<FactKey, Review> reviews = forDocuments(h, facts.stream().map(Fact::docId).distinct().toList());
    if (reviews.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Review r = reviews.get(f.key());
      out.add(r == null ? f : applied(f, r));
    }
    return out;
  }

  /** A fact as the review leaves it. */
  public static Fact applied(Fact f, Review r) {
    String date = r.date() == null ? f.date() : r.date();
    DateRange range = r.date() == null ? f.range() : DateRange.ofTimex(r.date()).orElse(null);
    return new Fact(f.docId(), f.version(), f.source(), f.lang(), f.eventId(), f.type(), date, f.extractedDate(), range,
        f.evidenceStart(), f.evidenceEnd(), f.evidence(), r.args() == null ? f.args() : r.args(),
        r.attrs() == null ? f.attrs() : r.attrs(), r);
  }

  private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
    String args = rs.getString(3);
    String attrs = rs.getString(4);
    return new Review(Review.Verdict.valueOf(rs.getString(1)), rs.getString(2),
        args == null ? null : Json.stringListMap(args), attrs == null ? null : Json.map(attrs),
        rs.getString(5), rs.getString(6), rs.getString(7));
  }

  private static <T extends SqlStatement<T>> T bindKey(T statement, FactKey key) {
    return statement.bind("doc", key.docId()).bind("type", key.type()).bind("s", key.start()).bind("e", key.end())
        .bind("date", key.date());
  }

  /** Keeps the effective days of the fact's rows (in every version of its document) at {@code days}. */
  private static void listUnder(Handle h, FactKey key, DateRange days) {
    bindKey(h.createUpdate("UPDATE event SET eff_begin_day = :begin, eff_end_day = :endDay, eff_undated = :undated "
            + "WHERE version_id IN (SELECT version_id FROM document_version WHERE doc_id = :doc) "
            + "AND event_type = :type AND evidence_start = :s AND evidence_end = :e AND date_value = :date"), key)
        .bind("begin", days == null ? null : days.begin().toString())
        .bind("endDay", days == null ? null : days.end().toString())
        .bind("undated", days == null ? 1 : 0).execute();
  }

  private static Optional<Fact> currentFact(Handle h, FactKey key) {
    return FactDao.find(h, org.tarikh.store.FactQuery.all().withType(key.type()).withDoc(key.docId())
            .includingRejected(true)).stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static Map<String, Object> state(Fact f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", "EXTRACTED");
    m.put("date", f.date());
    m.put("args", f.args());
    m.put("attrs", f.attrs());
    return m;
  }

  private static Map<String, Object> state(Review r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", r.verdict().name());
    m.put("date", r.date());
    m.put("args", r.args());
    m.put("attrs", r.attrs());
    m.put("note", r.note());
    return m;
  }
}
