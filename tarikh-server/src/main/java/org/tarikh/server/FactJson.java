package org.tarikh.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.tarikh.report.TimexDate;
import org.tarikh.store.Fact;
import org.tarikh.store.Review;

/**
 * A stored fact as the API shows it: its key, source, type, date (TIMEX3 value, the extracted one
 * when a correction changed it, English label,
 * and the first and last day it covers, placed as the HTML chronicle places it), roles with the
 * entities' names, attributes, evidence with its code-point offsets, and the editor's verdict.
 */
final class FactJson {
  private FactJson() {
  }

  static ObjectNode of(Fact f, Chronicle chronicle, Map<String, String> names) {
    ObjectNode o = brief(f, chronicle);
    ObjectNode ev = o.putObject("evidence");
    ev.put("start", f.evidenceStart());
    ev.put("end", f.evidenceEnd());
    ev.put("text", f.evidence());
    ObjectNode roles = o.putObject("args");
    for (Map.Entry<String, List<String>> role : f.args().entrySet()) {
      ArrayNode list = roles.putArray(role.getKey());
      for (String id : role.getValue()) {
        list.addObject().put("id", id).put("name", names.getOrDefault(id, id));
      }
    }
    o.set("attrs", Json.MAPPER.valueToTree(f.attrs()));
    o.put("source", f.source());
    o.put("version", f.version());
    return o;
  }

  /** What the timeline needs of a fact. */
  static ObjectNode brief(Fact f, Chronicle chronicle) {
    ObjectNode o = Json.object();
    o.put("key", f.key().toString());
    o.put("docId", f.docId());
    o.put("eventId", f.eventId());
    o.put("lang", f.lang());
    o.put("dir", chronicle.dir(f.lang()));
    o.put("type", f.type());
    date(o, f.date());
    if (!f.date().equals(f.extractedDate())) {
      o.put("extractedDate", f.extractedDate());
    }
    Review r = f.review();
    if (r != null) {
      o.putObject("review").put("verdict", r.verdict().name()).put("actor", r.actor()).put("at", r.at())
          .put("note", r.note());
    }
    return o;
  }

  /**
   * Writes what the timeline draws of a fact (key, event id, language, type, date with its first
   * and last day, the verdict if any, whether it is disputed); the lane's direction and the
   * labels come once per lane. Streamed: a timeline may hold a hundred thousand facts.
   */
  static void timelineItem(JsonGenerator g, Fact f, String key, boolean conflict) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", key);
    g.writeStringField("eventId", f.eventId());
    g.writeStringField("lang", f.lang());
    g.writeStringField("type", f.type());
    g.writeStringField("date", f.date());
    TimexDate d = TimexDate.of(f.date());
    if (!d.underspecified()) {
      g.writeStringField("begin", d.first().toString());
      g.writeStringField("end", d.last().toString());
      g.writeBooleanField("point", d.first().equals(d.last()));
    }
    if (f.review() != null) {
      g.writeObjectFieldStart("review");
      g.writeStringField("verdict", f.review().verdict().name());
      g.writeEndObject();
    }
    if (conflict) {
      g.writeBooleanField("conflict", true);
    }
    g.writeEndObject();
  }

  static void date(ObjectNode o, String value) {
    TimexDate d = TimexDate.of(value);
    o.put("date", value);
    o.put("dateLabel", d.label());
    if (!d.underspecified()) {
      o.put("begin", d.first().toString());
      o.put("end", d.last().toString());
      o.put("point", d.first().equals(d.last()));
    }
  }
}
