package org.tarikh.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tarikh.model.Conflict;
import org.tarikh.store.Fact;
import org.tarikh.store.Review;

/**
 * {@code GET /api/conflicts} (the current alignment's conflicts, each side with its fact, evidence
 * and current value; {@code resolved} once reviews made the two values agree) and
 * {@code POST /api/conflicts/resolve} ({@code {"a", "b", "field", "choose": "a"|"b"}}): the chosen
 * version is accepted and the other fact corrected to it, both audited.
 */
final class ConflictsApi {
  private final Chronicle chronicle;

  ConflictsApi(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  void routes(RoutesConfig r) {
    r.get("/api/conflicts", this::list);
    r.post("/api/conflicts/resolve", this::resolve);
  }

  private record Side(Fact fact, String value) {
  }

  private void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    ArrayNode all = all();
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      items.add(all.get(i));
    }
    Pages.link(out, offset, limit, items.size());
    Json.send(ctx, out);
  }

  private ArrayNode all() {
    List<Conflict> conflicts = chronicle.read(s -> s.alignment()).conflicts();
    Set<String> docs = new HashSet<>();
    conflicts.forEach(c -> {
      docs.add(docOf(c.a()));
      docs.add(docOf(c.b()));
    });
    Map<String, Fact> facts = chronicle.factsByRef(docs);
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Conflict c : conflicts) {
      Fact a = facts.get(c.a());
      Fact b = facts.get(c.b());
      if (a == null || b == null) {
        continue; // made against a version that is no longer current
      }
      ObjectNode o = out.addObject();
      o.put("field", c.field());
      o.put("resolved", (a.review() != null || b.review() != null)
          && Objects.equals(current(a, c.field()), current(b, c.field())));
      o.set("a", side(c.a(), a, c.aValue()));
      o.set("b", side(c.b(), b, c.bValue()));
    }
    return out;
  }

  /** Keys of facts in an unresolved conflict. */
  Set<String> disputedKeys() {
    Set<String> out = new HashSet<>();
    for (JsonNode c : all()) {
      if (!c.get("resolved").asBoolean()) {
        out.add(c.get("a").get("key").asText());
        out.add(c.get("b").get("key").asText());
      }
    }
    return out;
  }

  /** The conflicts a fact takes part in. */
  ArrayNode involving(String key) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode c : all()) {
      if (c.get("a").get("key").asText().equals(key) || c.get("b").get("key").asText().equals(key)) {
        out.add(c);
      }
    }
    return out;
  }

  private ObjectNode side(String ref, Fact f, String value) {
    ObjectNode o = FactJson.brief(f, chronicle);
    o.put("ref", ref);
    o.put("value", value);
    o.put("evidence", chronicle.evidence(f));
    return o;
  }

  /** The fact's current value of a conflict's field: its date, the ids of a role, or an attribute. */
  static Object current(Fact f, String field) {
    if (field.equals("date")) {
      return f.date();
    }
    if (f.args().containsKey(field)) {
      return new java.util.TreeSet<>(f.args().get(field));
    }
    return f.attrs().get(field);
  }

  private void resolve(Context ctx) {
    JsonNode body = Json.body(ctx);
    String a = body.path("a").asText("");
    String b = body.path("b").asText("");
    String field = body.path("field").asText("");
    String choose = body.path("choose").asText("");
    Conflict c = chronicle.read(s -> s.alignment()).conflicts().stream()
        .filter(x -> x.a().equals(a) && x.b().equals(b) && x.field().equals(field)).findFirst()
        .orElseThrow(() -> ApiException.notFound("no current conflict " + a + " / " + b + " on " + field));
    if (!choose.equals("a") && !choose.equals("b")) {
      throw ApiException.badRequest("choose must be a or b");
    }
    Map<String, Fact> facts = chronicle.factsByRef(Set.of(docOf(a), docOf(b)));
    Fact chosen = facts.get(choose.equals("a") ? a : b);
    Fact other = facts.get(choose.equals("a") ? b : a);
    if (chosen == null || other == null) {
      throw new ApiException(409, "stale", "the conflict refers to a fact that is no longer current");
    }
    String user = Security.user(ctx);
    String note = "conflict on " + field + " resolved for " + (choose.equals("a") ? a : b);
    chronicle.write(s -> {
      s.review(chosen.key(), Review.accept(note), user);
      return s.review(other.key(), correctionTo(chosen, other, c), user);
    });
    Json.send(ctx, Json.object().put("resolved", true).put("chosen", chosen.key().toString())
        .put("corrected", other.key().toString()));
  }

  private static Review correctionTo(Fact chosen, Fact other, Conflict c) {
    String note = "conflict on " + c.field() + ": takes the version of " + chosen.docId();
    if (c.field().equals("date")) {
      return Review.correct(chosen.date(), null, null, note);
    }
    if (chosen.args().containsKey(c.field()) || other.args().containsKey(c.field())) {
      Map<String, List<String>> args = new LinkedHashMap<>(other.args());
      args.put(c.field(), chosen.args().getOrDefault(c.field(), List.of()));
      return Review.correct(null, args, null, note);
    }
    Map<String, Object> attrs = new LinkedHashMap<>(other.attrs());
    attrs.put(c.field(), chosen.attrs().get(c.field()));
    return Review.correct(null, null, attrs, note);
  }

  static String docOf(String ref) {
    int hash = ref.lastIndexOf('#');
    return hash < 0 ? ref : ref.substring(0, hash);
  }
}
