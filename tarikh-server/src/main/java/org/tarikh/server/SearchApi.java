package org.tarikh.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.tarikh.store.FactKey;
import org.tarikh.store.StoreException;
import org.tarikh.store.search.SearchHit;
import org.tarikh.store.search.SearchRequest;

/**
 * {@code GET /api/search?q=...} over facts, sentences and entity names in any script (Arabic
 * spelling variants and digits folded as in extraction), with the filters of {@code /api/facts};
 * a fact hit carries its key so the UI can open it.
 */
final class SearchApi {
  private final Chronicle chronicle;

  SearchApi(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  void routes(RoutesConfig r) {
    r.get("/api/search", this::search);
  }

  private void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiException.badRequest("q (the words to find) is required");
    }
    SearchRequest req = SearchRequest.of(q).withEntity(Params.text(ctx, "entity")).withType(Params.text(ctx, "type"))
        .between(Params.day(ctx, "from", true), Params.day(ctx, "to", false)).withLang(Params.text(ctx, "lang"))
        .withLimit(Params.limit(ctx, 20, 200));
    List<SearchHit> hits;
    try {
      hits = chronicle.read(s -> s.search(req));
    } catch (StoreException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (SearchHit h : hits) {
      ObjectNode o = Json.MAPPER.valueToTree(h);
      if (h.kind() == SearchHit.Kind.FACT) {
        o.put("key", new FactKey(h.docId(), h.type(), h.start(), h.end(), h.date()).toString());
      }
      if (h.lang() != null) {
        o.put("dir", chronicle.dir(h.lang()));
      }
      items.add(o);
    }
    Json.send(ctx, out);
  }
}
