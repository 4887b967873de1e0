package org.tarikh.store.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.tarikh.store.DateRange;
import org.tarikh.store.Fact;
import org.tarikh.store.FactQuery;
import org.tarikh.store.Review;

/**
 * Lists the facts of current document versions that answer a {@link FactQuery}, in a stable date
 * order (facts without an anchored date last, then version and position), with their sources
 * and any editor's correction applied (the period filter sees corrected dates; rejected facts
 * are left out unless asked for). Order and period filter read the event's effective days
 * ({@code eff_*}, kept by {@link Reviews} and {@link FactWriter}), so the
 * {@code event_listed} and {@code event_type_listed} indexes serve them and a page stops early;
 * the entity filter uses the {@code event_arg} primary key.
 */
public final class FactDao {

  private FactDao() {
  }

  public static List<Fact> find(Handle h, FactQuery q) {
    StringBuilder sql = new StringBuilder("SELECT v.doc_id, v.version, v.source, v.lang, e.event_id, e.event_type, "
        + "e.date_value, e.eff_begin_day, e.eff_end_day, e.evidence_start, e.evidence_end, e.evidence_text, e.version_id "
        + "FROM event e JOIN document_version v ON v.version_id = e.version_id "
        + "LEFT JOIN correction c ON c.doc_id = v.doc_id AND c.event_type = e.event_type "
        + "AND c.evidence_start = e.evidence_start AND c.evidence_end = e.evidence_end AND c.fact_date = e.date_value "
        + "WHERE v.is_current = 1");
    Map<String, Object> binds = new HashMap<>();
    if (q.entity() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM event_arg a WHERE a.version_id = e.version_id "
          + "AND a.event_id = e.event_id AND a.entity_id = :entity)");
      binds.put("entity", q.entity());
    }
    if (!q.withRejected()) {
      sql.append(" AND (c.verdict IS NULL OR c.verdict <> 'REJECTED')");
    }
    condition(sql, binds, q.type(), " AND e.event_type = :type", "type");
    condition(sql, binds, q.lang(), " AND v.lang = :lang", "lang");
    condition(sql, binds, q.docId(), " AND v.doc_id = :doc", "doc");
    if (q.from() != null || q.to() != null) {
      sql.append(" AND e.eff_undated = 0");
    }
    condition(sql, binds, day(q.to()), " AND e.eff_begin_day <= :to", "to");
    condition(sql, binds, day(q.from()), " AND e.eff_end_day >= :from", "from");
    sql.append(" ORDER BY e.eff_undated, e.eff_begin_day, e.eff_end_day, e.version_id, e.ordinal "
        + "LIMIT :limit OFFSET :offset");
    binds.put("limit", q.limit());
    binds.put("offset", q.offset());
    Query query = h.createQuery(sql.toString());
    binds.forEach(query::bind);
    List<Row> rows = query.map((rs, ctx) -> new Row(rs.getString(13), new Fact(rs.getString(1), rs.getInt(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(7),
        range(rs.getString(8), rs.getString(9)), rs.getInt(10), rs.getInt(11), rs.getString(12), Map.of(), Map.of(),
        null)))
        .list();
    return Reviews.apply(h, q.brief() ? rows.stream().map(Row::fact).toList() : withArgsAndAttrs(h, rows));
  }

  private record Row(String versionId, Fact fact) {
  }

  private static void condition(StringBuilder sql, Map<String, Object> binds, String value, String clause, String name) {
    if (value != null) {
      sql.append(clause);
      binds.put(name, value);
    }
  }

  private static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static DateRange range(String begin, String end) {
    return begin == null || end == null ? null : new DateRange(LocalDate.parse(begin), LocalDate.parse(end));
  }

  private static List<Fact> withArgsAndAttrs(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> versions = rows.stream().map(Row::versionId).distinct().toList();
    Map<String, Map<String, List<String>>> args = new HashMap<>();
    h.createQuery("SELECT version_id, event_id, role, entity_id FROM event_arg WHERE version_id IN (<v>) "
            + "ORDER BY version_id, event_id, role, ordinal")
        .bindList("v", versions)
        .map((rs, ctx) -> new String[] {rs.getString(1) + "#" + rs.getString(2), rs.getString(3), rs.getString(4)})
        .forEach(r -> args.computeIfAbsent(r[0], k -> new LinkedHashMap<>())
            .computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]));
    Map<String, Map<String, Object>> attrs = new HashMap<>();
    h.createQuery("SELECT version_id, event_id, name, value_json FROM event_attr WHERE version_id IN (<v>)")
        .bindList("v", versions)
        .map((rs, ctx) -> new String[] {rs.getString(1) + "#" + rs.getString(2), rs.getString(3), rs.getString(4)})
        .forEach(r -> attrs.computeIfAbsent(r[0], k -> new java.util.TreeMap<>()).put(r[1], Json.value(r[2])));
    List<Fact> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String key = r.versionId() + "#" + r.fact().eventId();
      Fact f = r.fact();
      out.add(new Fact(f.docId(), f.version(), f.source(), f.lang(), f.eventId(), f.type(), f.date(), f.extractedDate(),
          f.range(), f.evidenceStart(), f.evidenceEnd(), f.evidence(), args.getOrDefault(key, Map.of()),
          attrs.getOrDefault(key, Map.of()), (Review) null));
    }
    return out;
  }
}
