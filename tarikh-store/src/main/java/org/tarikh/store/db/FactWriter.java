package org.tarikh.store.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;
import org.tarikh.model.Timex;
import org.tarikh.store.DateRange;
import org.tarikh.store.FactKey;
import org.tarikh.store.Review;

/**
 * Writes one document version's facts (timexes, entities and mentions, events with their
 * arguments and attributes, findings) in batches. Never commits: the caller's transaction does.
 */
final class FactWriter {
  private FactWriter() {
  }

  static void timexes(Handle h, String versionId, List<Timex> timexes) {
    PreparedBatch b = h.prepareBatch("INSERT INTO timex (version_id, ordinal, start_cp, end_cp, surface, "
        + "timex_type, timex_value, anchor, calendar, rule, begin_day, end_day) VALUES (:v, :ordinal, :start, :end, "
        + ":surface, :type, :value, :anchor, :calendar, :rule, :begin, :endDay)");
    int i = 0;
    for (Timex t : timexes) {
      DateRange r = DateRange.ofTimex(t.value()).orElse(null);
      b.bind("v", versionId).bind("ordinal", i++).bind("start", t.start()).bind("end", t.end())
          .bind("surface", t.text()).bind("type", t.type().name()).bind("value", t.value())
          .bind("anchor", t.anchor()).bind("calendar", t.calendar()).bind("rule", t.rule());
      bindRange(b, r).add();
    }
    execute(b);
  }

  static void entities(Handle h, String versionId, List<Entity> entities) {
    PreparedBatch docEntity = h.prepareBatch("INSERT INTO doc_entity (version_id, entity_id, ordinal, kind, name, "
        + "names_json, confidence) VALUES (:v, :id, :ordinal, :kind, :name, :names, :confidence)");
    PreparedBatch mention = h.prepareBatch("INSERT INTO mention (version_id, entity_id, ordinal, start_cp, end_cp, "
        + "surface) VALUES (:v, :id, :ordinal, :start, :end, :surface)");
    int i = 0;
    for (Entity e : entities) {
      docEntity.bind("v", versionId).bind("id", e.id()).bind("ordinal", i++).bind("kind", e.kind().name())
          .bind("name", e.name()).bind("names", Json.write(e.names())).bind("confidence", e.confidence()).add();
      int m = 0;
      for (Mention x : e.mentions()) {
        mention.bind("v", versionId).bind("id", e.id()).bind("ordinal", m++).bind("start", x.start())
            .bind("end", x.end()).bind("surface", x.text() == null ? "" : x.text()).add();
      }
    }
    execute(docEntity);
    execute(mention);
  }

  /**
   * Inserts the events of a version; each is listed under its correction's days when an editor
   * corrected the date of the fact with the same key in an earlier version.
   */
  static void events(Handle h, String docId, String versionId, List<Event> events) {
    Map<FactKey, Review> reviews = Reviews.forDocuments(h, List.of(docId));
    PreparedBatch ev = h.prepareBatch("INSERT INTO event (version_id, event_id, ordinal, event_type, date_value, "
        + "begin_day, end_day, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, date_start, "
        + "date_end, eff_begin_day, eff_end_day, eff_undated) VALUES (:v, :id, :ordinal, :type, :date, :begin, "
        + ":endDay, :es, :ee, :evidence, :ts, :te, :ds, :de, :effBegin, :effEnd, :undated)");
    PreparedBatch arg = h.prepareBatch("INSERT INTO event_arg (version_id, event_id, role, ordinal, entity_id) "
        + "VALUES (:v, :id, :role, :ordinal, :entity)");
    PreparedBatch attr = h.prepareBatch("INSERT INTO event_attr (version_id, event_id, name, value_json) "
        + "VALUES (:v, :id, :name, :value)");
    int i = 0;
    for (Event e : events) {
      ev.bind("v", versionId).bind("id", e.id()).bind("ordinal", i++).bind("type", e.type()).bind("date", e.date())
          .bind("es", e.evidence().start()).bind("ee", e.evidence().end()).bind("evidence", e.evidence().text())
          .bind("ts", e.trigger() == null ? null : e.trigger().start())
          .bind("te", e.trigger() == null ? null : e.trigger().end())
          .bind("ds", e.dateSpan() == null ? null : e.dateSpan().start())
          .bind("de", e.dateSpan() == null ? null : e.dateSpan().end());
      DateRange extracted = DateRange.ofTimex(e.date()).orElse(null);
      Review r = reviews.get(new FactKey(docId, e.type(), e.evidence().start(), e.evidence().end(), e.date()));
      DateRange listed = r == null || r.date() == null ? extracted : DateRange.ofTimex(r.date()).orElse(null);
      bindRange(ev, extracted).bind("effBegin", listed == null ? null : listed.begin().toString())
          .bind("effEnd", listed == null ? null : listed.end().toString()).bind("undated", listed == null ? 1 : 0).add();
      for (Map.Entry<String, List<String>> role : e.args().entrySet()) {
        int k = 0;
        for (String entity : role.getValue()) {
          arg.bind("v", versionId).bind("id", e.id()).bind("role", role.getKey()).bind("ordinal", k++)
              .bind("entity", entity).add();
        }
      }
      e.attrs().forEach((name, value) ->
          attr.bind("v", versionId).bind("id", e.id()).bind("name", name).bind("value", Json.write(value)).add());
    }
    execute(ev);
    execute(arg);
    execute(attr);
  }

  static void findings(Handle h, String versionId, List<Finding> findings) {
    PreparedBatch b = h.prepareBatch("INSERT INTO finding (version_id, ordinal, kind, start_cp, end_cp, message, "
        + "evidence, suggestion) VALUES (:v, :ordinal, :kind, :start, :end, :message, :evidence, :suggestion)");
    int i = 0;
    for (Finding f : findings) {
      b.bind("v", versionId).bind("ordinal", i++).bind("kind", f.kind()).bind("start", f.start())
          .bind("end", f.end()).bind("message", f.message()).bind("evidence", f.evidence())
          .bind("suggestion", f.suggestion()).add();
    }
    execute(b);
  }

  private static PreparedBatch bindRange(PreparedBatch b, DateRange r) {
    return b.bind("begin", r == null ? null : r.begin().toString())
        .bind("endDay", r == null ? null : r.end().toString());
  }

  private static void execute(PreparedBatch b) {
    if (b.size() > 0) {
      b.execute();
    }
  }
}
