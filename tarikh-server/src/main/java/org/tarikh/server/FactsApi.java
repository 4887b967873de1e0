package org.tarikh.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tarikh.store.Fact;
import org.tarikh.store.FactKey;
import org.tarikh.store.FactQuery;
import org.tarikh.store.Review;
import org.tarikh.store.db.AuditLog;

/**
 * {@code GET /api/facts} (filters: entity, type, from, to, lang, doc; pages by offset and limit
 * in a stable date order), {@code GET /api/facts/{key}} (a fact with its context, history and
 * conflicts), {@code POST /api/facts/{key}/review} (accept, correct or reject), and
 * {@code GET /api/timeline} (every fact briefly, for the timeline, with conflict marks).
 */
final class FactsApi {
  static final int TIMELINE_MAX = 200_000;
  private static final int CONTEXT = 240;
  private final Chronicle chronicle;
  private final ConflictsApi conflicts;

  FactsApi(Chronicle chronicle, ConflictsApi conflicts) {
    this.chronicle = chronicle;
    this.conflicts = conflicts;
  }

  void routes(RoutesConfig r) {
    r.get("/api/facts", this::list);
    r.get("/api/facts/{key}", this::one);
    r.post("/api/facts/{key}/review", this::review);
    r.get("/api/timeline", this::timeline);
  }

  static FactQuery query(Context ctx) {
    return FactQuery.all().withEntity(Params.text(ctx, "entity")).withType(Params.text(ctx, "type"))
        .between(Params.day(ctx, "from", true), Params.day(ctx, "to", false)).withLang(Params.text(ctx, "lang"))
        .withDoc(Params.text(ctx, "doc")).includingRejected(Params.flag(ctx, "rejected"));
  }

  private void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    List<Fact> facts = chronicle.read(s -> s.query(query(ctx).page(offset, limit)));
    Set<String> ids = facts.stream().flatMap(f -> f.args().values().stream()).flatMap(List::stream)
        .collect(Collectors.toSet());
    Map<String, String> names = chronicle.read(s -> s.entityNames(ids));
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    facts.forEach(f -> items.add(FactJson.of(f, chronicle, names)));
    Pages.link(out, offset, limit, facts.size());
    Json.send(ctx, out);
  }

  private void timeline(Context ctx) throws IOException {
    int limit = Params.limit(ctx, TIMELINE_MAX, TIMELINE_MAX);
    List<Fact> facts = chronicle.read(s -> s.query(query(ctx).page(Params.offset(ctx), limit).briefly()));
    Set<String> disputed = conflicts.disputedKeys();
    ctx.contentType("application/json; charset=utf-8");
    try (JsonGenerator g = Json.MAPPER.createGenerator(ctx.outputStream())) {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (Fact f : facts) {
        String key = f.key().toString();
        FactJson.timelineItem(g, f, key, disputed.contains(key));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("lanes");
      for (String lang : facts.stream().map(Fact::lang).distinct().sorted().toList()) {
        g.writeStartObject();
        g.writeStringField("lang", lang);
        g.writeStringField("dir", chronicle.dir(lang));
        g.writeStringField("name", chronicle.languageName(lang));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private Fact find(FactKey key) {
    return chronicle.read(s -> s.query(FactQuery.all().withDoc(key.docId()).withType(key.type())
            .includingRejected(true))).stream()
        .filter(f -> f.key().equals(key)).findFirst()
        .orElseThrow(() -> ApiException.notFound("no current fact " + key));
  }

  private void one(Context ctx) {
    FactKey key = Params.factKey(ctx);
    Fact f = find(key);
    Set<String> ids = f.args().values().stream().flatMap(List::stream).collect(Collectors.toSet());
    ObjectNode out = FactJson.of(f, chronicle, chronicle.read(s -> s.entityNames(ids)));
    context(out, f);
    out.with("evidence").put("text", chronicle.evidence(f));
    ArrayNode history = out.putArray("history");
    for (AuditLog.Entry e : chronicle.read(s -> s.audit(key.auditTarget()))) {
      history.addObject().put("at", e.at()).put("actor", e.actor()).put("action", e.action())
          .set("after", parse(e.after()));
    }
    out.set("conflicts", conflicts.involving(key.toString()));
    Json.send(ctx, out);
  }

  /** The text around the evidence, with the evidence's offsets inside it (code points). */
  private void context(ObjectNode out, Fact f) {
    String text = chronicle.read(s -> s.document(f.docId())).map(org.tarikh.model.Document::text).orElse(f.evidence());
    int[] cps = text.codePoints().toArray();
    int from = Math.max(0, Math.min(f.evidenceStart(), cps.length) - CONTEXT);
    int to = Math.min(cps.length, f.evidenceEnd() + CONTEXT);
    ObjectNode c = out.putObject("context");
    c.put("text", new String(cps, from, Math.max(0, to - from)));
    c.put("start", f.evidenceStart() - from);
    c.put("end", Math.min(f.evidenceEnd(), cps.length) - from);
  }

  private static JsonNode parse(String json) {
    try {
      return json == null ? null : Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private void review(Context ctx) {
    FactKey key = Params.factKey(ctx);
    find(key);
    Review r = Reviews.parse(Json.body(ctx));
    Review made = chronicle.write(s -> s.review(key, r, Security.user(ctx)));
    Json.send(ctx, Json.object().put("key", key.toString()).put("verdict", made.verdict().name())
        .put("actor", made.actor()).put("at", made.at()));
  }
}
