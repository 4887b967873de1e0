package org.tarikh.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tarikh.store.CatalogueEntity;
import org.tarikh.store.Fact;
import org.tarikh.store.FactQuery;

/**
 * {@code GET /api/entities} (the catalogue by id; {@code prefix=state:} narrows it) and
 * {@code GET /api/entities/{id}} (an entity with its names in every script and a page of its facts).
 */
final class EntitiesApi {
  private final Chronicle chronicle;

  EntitiesApi(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  void routes(RoutesConfig r) {
    r.get("/api/entities", this::list);
    r.get("/api/entities/{id}", this::one);
  }

  private void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    List<CatalogueEntity> page = chronicle.read(s -> s.entities(Params.text(ctx, "prefix"), offset, limit));
    ObjectNode out = Json.object();
    out.set("items", Json.MAPPER.valueToTree(page));
    Pages.link(out, offset, limit, page.size());
    Json.send(ctx, out);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    CatalogueEntity e = chronicle.read(s -> s.entities(id, 0, 5)).stream().filter(x -> x.id().equals(id))
        .findFirst().orElseThrow(() -> ApiException.notFound("no entity " + id));
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    List<Fact> facts = chronicle.read(s -> s.query(FactQuery.all().withEntity(id).page(offset, limit)));
    Set<String> ids = facts.stream().flatMap(f -> f.args().values().stream()).flatMap(List::stream)
        .collect(Collectors.toSet());
    var names = chronicle.read(s -> s.entityNames(ids));
    ObjectNode out = Json.MAPPER.valueToTree(e);
    ArrayNode items = out.putArray("facts");
    facts.forEach(f -> items.add(FactJson.of(f, chronicle, names)));
    Pages.link(out, offset, limit, facts.size());
    Json.send(ctx, out);
  }
}
