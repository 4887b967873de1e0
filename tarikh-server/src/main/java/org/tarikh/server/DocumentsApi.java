package org.tarikh.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;
import org.tarikh.model.Timex;
import org.tarikh.store.DocumentVersion;
import org.tarikh.store.Fact;
import org.tarikh.store.FactQuery;
import org.tarikh.store.IngestOutcome;
import org.tarikh.store.StoredDocument;

/**
 * {@code GET /api/documents} (pages by id), {@code GET /api/documents/{id}} (the text with every
 * timex, entity mention, fact evidence and finding as code-point ranges, for highlighting),
 * {@code GET /api/documents/{id}/history} (its versions) and {@code POST /api/documents} (an upload,
 * checked by {@link Uploads}, extracted and stored).
 */
final class DocumentsApi {
  private final Chronicle chronicle;
  private final Uploads uploads;

  DocumentsApi(Chronicle chronicle, Uploads uploads) {
    this.chronicle = chronicle;
    this.uploads = uploads;
  }

  void routes(RoutesConfig r) {
    r.get("/api/documents", this::list);
    r.post("/api/documents", this::upload);
    r.get("/api/documents/{id}", this::one);
    r.get("/api/documents/{id}/history", this::history);
  }

  private void list(Context ctx) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    List<StoredDocument> docs = chronicle.read(s -> s.documents(offset, limit));
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (StoredDocument d : docs) {
      ObjectNode o = Json.MAPPER.valueToTree(d);
      o.put("dir", chronicle.dir(d.lang()));
      o.put("language", chronicle.languageName(d.lang()));
      items.add(o);
    }
    Pages.link(out, offset, limit, docs.size());
    Json.send(ctx, out);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    Document doc = chronicle.read(s -> s.document(id)).orElseThrow(() -> ApiException.notFound("no document " + id));
    DocumentResult r = chronicle.read(s -> s.load(id)).orElseThrow();
    ObjectNode out = Json.object();
    out.put("docId", id).put("lang", doc.lang()).put("dir", chronicle.dir(doc.lang()))
        .put("language", chronicle.languageName(doc.lang())).put("format", doc.format()).put("text", doc.text());
    ArrayNode marks = out.putArray("marks");
    for (Timex t : r.timexes()) {
      marks.addObject().put("kind", "timex").put("start", t.start()).put("end", t.end()).put("label", t.value());
    }
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        marks.addObject().put("kind", "entity").put("start", m.start()).put("end", m.end())
            .put("label", e.name()).put("entity", e.id());
      }
    }
    for (Finding f : r.findings()) {
      marks.addObject().put("kind", "finding").put("start", f.start()).put("end", Math.max(f.start(), f.end()))
          .put("label", f.message());
    }
    ArrayNode facts = out.putArray("facts");
    for (Fact f : chronicle.read(s -> s.query(FactQuery.all().withDoc(id).includingRejected(true)))) {
      ObjectNode o = FactJson.brief(f, chronicle);
      o.put("start", f.evidenceStart()).put("end", f.evidenceEnd());
      facts.add(o);
    }
    Json.send(ctx, out);
  }

  private void history(Context ctx) {
    String id = ctx.pathParam("id");
    List<DocumentVersion> versions = chronicle.read(s -> s.history(id));
    if (versions.isEmpty()) {
      throw ApiException.notFound("no document " + id);
    }
    ObjectNode out = Json.object();
    out.set("versions", Json.MAPPER.valueToTree(versions));
    out.set("audit", Json.MAPPER.valueToTree(chronicle.read(s -> s.audit("doc:" + id))));
    Json.send(ctx, out);
  }

  private void upload(Context ctx) {
    Document doc = uploads.read(ctx);
    IngestOutcome outcome = uploads.ingest(doc);
    if (outcome.status() == IngestOutcome.Status.FAILED) {
      throw new ApiException(422, "not-stored", outcome.message());
    }
    ctx.status(outcome.status() == IngestOutcome.Status.UNCHANGED ? 200 : 201);
    Json.send(ctx, Json.object().put("docId", outcome.docId()).put("status", outcome.status().name())
        .put("version", outcome.version()));
  }
}
