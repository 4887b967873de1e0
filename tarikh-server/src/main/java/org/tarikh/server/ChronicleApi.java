package org.tarikh.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.Tarikh;
import org.tarikh.align.Consistency;
import org.tarikh.align.Reconciler;
import org.tarikh.export.ChronicleCsv;
import org.tarikh.export.JsonLdProv;
import org.tarikh.export.TimelineJs;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Finding;

/**
 * The cross-document side: {@code GET /api/findings} (reference-check findings of every current
 * document), {@code GET /api/alignment}, {@code POST /api/alignments} ({@code {"docs": [...]}}:
 * reconciles the chosen documents and stores their links and conflicts), and the exports
 * {@code GET /api/export/timeline} (TimelineJS JSON), {@code /api/export/csv} and
 * {@code /api/export/jsonld} (JSON-LD with PROV provenance), all with editors' reviews applied.
 */
final class ChronicleApi {
  private final Chronicle chronicle;

  ChronicleApi(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  void routes(RoutesConfig r) {
    r.get("/api/findings", this::findings);
    r.get("/api/alignment", ctx -> Json.send(ctx, chronicle.read(s -> s.alignment())));
    r.post("/api/alignments", this::align);
    r.get("/api/export/{format}", this::export);
  }

  private void findings(Context ctx) {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (DocumentResult r : chronicle.results()) {
      for (Finding f : r.findings()) {
        ObjectNode o = Json.MAPPER.valueToTree(f);
        o.put("docId", r.doc().id()).put("lang", r.doc().lang()).put("dir", chronicle.dir(r.doc().lang()));
        items.add(o);
      }
    }
    Json.send(ctx, out);
  }

  private void align(Context ctx) {
    JsonNode docs = Json.body(ctx).path("docs");
    if (!docs.isArray() || docs.size() < 2) {
      throw ApiException.badRequest("docs must list at least two document ids");
    }
    List<DocumentResult> results = new ArrayList<>();
    for (JsonNode d : docs) {
      results.add(Corrected.apply(chronicle, chronicle.read(s -> s.load(d.asText()))
          .orElseThrow(() -> ApiException.notFound("no document " + d.asText()))));
    }
    Alignment a = Reconciler.standard().reconcile(results);
    chronicle.write(s -> {
      s.storeAlignment(a);
      return a;
    });
    Json.send(ctx, Json.object().put("links", a.links().size()).put("conflicts", a.conflicts().size()));
  }

  private void export(Context ctx) throws java.io.IOException {
    List<DocumentResult> results = chronicle.results().stream().map(r -> Corrected.apply(chronicle, r)).toList();
    Consistency c = Consistency.of(results, chronicle.read(s -> s.alignment()));
    switch (ctx.pathParam("format")) {
      case "timeline" -> Json.send(ctx, new TimelineJs(chronicle::dir).toJson(c, "Tarikh chronicle"));
      case "csv" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"chronicle.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(ChronicleCsv.toString(c));
      }
      case "jsonld" -> {
        Json.send(ctx, JsonLdProv.toJson(results, c, Tarikh.version()));
        ctx.contentType("application/ld+json; charset=utf-8");
      }
      default -> throw ApiException.notFound("exports are timeline, csv and jsonld");
    }
  }

}
