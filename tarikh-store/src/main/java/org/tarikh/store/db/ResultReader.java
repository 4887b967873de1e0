package org.tarikh.store.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.model.TimexType;

/** Reads a stored document version back: its {@link Document} and its {@link DocumentResult}. */
public final class ResultReader {
  /** A stored version: the document as ingested and the facts stored for it. */
  public record Stored(Document document, DocumentResult result, int version) {
  }

  private ResultReader() {
  }

  /** The current version of {@code docId}, or a given version when {@code version > 0}. */
  public static Optional<Stored> load(Handle h, String docId, int version) {
    String where = version > 0 ? "doc_id = :doc AND version = :version" : "doc_id = :doc AND is_current = 1";
    org.jdbi.v3.core.statement.Query q = h.createQuery(
        "SELECT version_id, lang, body, dct, source, format, version FROM document_version WHERE " + where)
        .bind("doc", docId);
    if (version > 0) {
      q.bind("version", version);
    }
    return q.map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getInt(7)})
        .findOne()
        .map(row -> {
          String versionId = (String) row[0];
          LocalDate dct = row[3] == null ? null : LocalDate.parse((String) row[3]);
          Document doc = new Document(docId, (String) row[1], (String) row[2], dct, (String) row[4], (String) row[5]);
          DocInfo info = new DocInfo(docId, doc.lang(), doc.source(), doc.format(), (String) row[3]);
          DocumentResult r = new DocumentResult(info, timexes(h, versionId), entities(h, versionId),
              events(h, versionId), findings(h, versionId), null);
          return new Stored(doc, r, (Integer) row[6]);
        });
  }

  static List<Timex> timexes(Handle h, String v) {
    return h.createQuery("SELECT surface, start_cp, end_cp, timex_type, timex_value, anchor, calendar, rule "
            + "FROM timex WHERE version_id = :v ORDER BY ordinal")
        .bind("v", v)
        .map((rs, ctx) -> new Timex(rs.getString(1), rs.getInt(2), rs.getInt(3), TimexType.valueOf(rs.getString(4)),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
        .list();
  }

  static List<Entity> entities(Handle h, String v) {
    Map<String, List<Mention>> mentions = new HashMap<>();
    h.createQuery("SELECT entity_id, start_cp, end_cp, surface FROM mention WHERE version_id = :v "
            + "ORDER BY entity_id, ordinal")
        .bind("v", v)
        .map((rs, ctx) -> Map.entry(rs.getString(1), new Mention(rs.getInt(2), rs.getInt(3), rs.getString(4))))
        .forEach(e -> mentions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return h.createQuery("SELECT entity_id, kind, name, names_json, confidence FROM doc_entity "
            + "WHERE version_id = :v ORDER BY ordinal")
        .bind("v", v)
        .map((rs, ctx) -> new Entity(rs.getString(1), EntityKind.valueOf(rs.getString(2)), rs.getString(3),
            Json.stringList(rs.getString(4)), mentions.getOrDefault(rs.getString(1), List.of()), rs.getString(5)))
        .list();
  }

  static List<Event> events(Handle h, String v) {
    Map<String, Map<String, List<String>>> args = args(h, v);
    Map<String, Map<String, Object>> attrs = attrs(h, v);
    return h.createQuery("SELECT event_id, event_type, date_value, evidence_start, evidence_end, evidence_text, "
            + "trigger_start, trigger_end, date_start, date_end FROM event WHERE version_id = :v ORDER BY ordinal")
        .bind("v", v)
        .map((rs, ctx) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3),
            new Evidence(rs.getInt(4), rs.getInt(5), rs.getString(6)),
            args.getOrDefault(rs.getString(1), Map.of()), attrs.getOrDefault(rs.getString(1), Map.of()),
            span(rs.getObject(7), rs.getObject(8)), span(rs.getObject(9), rs.getObject(10))))
        .list();
  }

  private static Map<String, Map<String, List<String>>> args(Handle h, String v) {
    Map<String, Map<String, List<String>>> out = new HashMap<>();
    h.createQuery("SELECT event_id, role, entity_id FROM event_arg WHERE version_id = :v ORDER BY event_id, role, ordinal")
        .bind("v", v)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .forEach(r -> out.computeIfAbsent(r[0], k -> new LinkedHashMap<>())
            .computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]));
    return out;
  }

  private static Map<String, Map<String, Object>> attrs(Handle h, String v) {
    Map<String, Map<String, Object>> out = new HashMap<>();
    h.createQuery("SELECT event_id, name, value_json FROM event_attr WHERE version_id = :v")
        .bind("v", v)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .forEach(r -> out.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).put(r[1], Json.value(r[2])));
    return out;
  }

  static List<Finding> findings(Handle h, String v) {
    return h.createQuery("SELECT kind, start_cp, end_cp, message, evidence, suggestion FROM finding "
            + "WHERE version_id = :v ORDER BY ordinal")
        .bind("v", v)
        .map((rs, ctx) -> new Finding(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .list();
  }

  private static Span span(Object start, Object end) {
    return start == null || end == null ? null
        : new Span(((Number) start).intValue(), ((Number) end).intValue());
  }
}
