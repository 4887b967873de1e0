package org.tarikh.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Finding;
import org.tarikh.model.Link;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.model.TimexType;

/**
 * Reads and writes the {@code tarikh/1} and {@code tarikh/1-align} JSON of FACTS.md. Spans given
 * as {@code text} + {@code occurrence} (as gold files may) are resolved against the document
 * text when one is supplied.
 */
public final class FactsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private FactsJson() {
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  // ---------------------------------------------------------------- writing

  public static String write(DocumentResult r) {
    return toString(toJson(r));
  }

  public static String write(Alignment a) {
    return toString(toJson(a));
  }

  public static void write(DocumentResult r, Path file) throws IOException {
    Files.writeString(file, write(r) + "\n", StandardCharsets.UTF_8);
  }

  public static void write(Alignment a, Path file) throws IOException {
    Files.writeString(file, write(a) + "\n", StandardCharsets.UTF_8);
  }

  private static String toString(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode toJson(DocumentResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", DocumentResult.SCHEMA);
    ObjectNode doc = root.putObject("doc");
    DocInfo d = r.doc();
    doc.put("id", d.id());
    doc.put("lang", d.lang());
    putIfPresent(doc, "source", d.source());
    putIfPresent(doc, "format", d.format());
    putIfPresent(doc, "dct", d.dct());
    ArrayNode tx = root.putArray("timexes");
    for (Timex t : r.timexes()) {
      ObjectNode o = tx.addObject();
      o.put("text", t.text());
      o.put("start", t.start());
      o.put("end", t.end());
      o.put("type", t.type().name());
      o.put("value", t.value());
      putIfPresent(o, "anchor", t.anchor());
      putIfPresent(o, "calendar", t.calendar());
      putIfPresent(o, "rule", t.rule());
    }
    ArrayNode en = root.putArray("entities");
    for (Entity e : r.entities()) {
      ObjectNode o = en.addObject();
      o.put("id", e.id());
      o.put("kind", e.kind().name());
      o.put("name", e.name());
      ArrayNode names = o.putArray("names");
      e.names().forEach(names::add);
      ArrayNode ms = o.putArray("mentions");
      for (Mention m : e.mentions()) {
        ms.addObject().put("start", m.start()).put("end", m.end());
      }
      putIfPresent(o, "confidence", e.confidence());
    }
    ArrayNode ev = root.putArray("events");
    for (Event e : r.events()) {
      ev.add(eventJson(e));
    }
    ArrayNode fs = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode o = fs.addObject();
      o.put("kind", f.kind());
      o.put("start", f.start());
      o.put("end", f.end());
      o.put("message", f.message());
      putIfPresent(o, "evidence", f.evidence());
      putIfPresent(o, "suggestion", f.suggestion());
    }
    putIfPresent(root, "text", r.text());
    return root;
  }

  private static ObjectNode eventJson(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type());
    o.put("date", e.date());
    ObjectNode evd = o.putObject("evidence");
    evd.put("start", e.evidence().start());
    evd.put("end", e.evidence().end());
    evd.put("text", e.evidence().text());
    ObjectNode args = o.putObject("args");
    new java.util.TreeMap<>(e.args()).forEach((role, ids) -> {
      ArrayNode a = args.putArray(role);
      ids.forEach(a::add);
    });
    o.set("attrs", MAPPER.valueToTree(new java.util.TreeMap<>(e.attrs())));
    if (e.trigger() != null) {
      o.putObject("trigger").put("start", e.trigger().start()).put("end", e.trigger().end());
    }
    if (e.dateSpan() != null) {
      o.putObject("date_span").put("start", e.dateSpan().start()).put("end", e.dateSpan().end());
    }
    return o;
  }

  public static ObjectNode toJson(Alignment a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", Alignment.SCHEMA);
    ArrayNode docs = root.putArray("docs");
    a.docs().forEach(docs::add);
    ArrayNode links = root.putArray("links");
    for (Link l : a.links()) {
      ObjectNode o = links.addObject();
      o.put("a", l.a());
      o.put("b", l.b());
      o.put("score", Math.round(l.score() * 1000) / 1000.0);
      ArrayNode rs = o.putArray("reasons");
      l.reasons().forEach(rs::add);
    }
    ArrayNode cs = root.putArray("conflicts");
    for (Conflict c : a.conflicts()) {
      cs.addObject().put("a", c.a()).put("b", c.b()).put("field", c.field())
          .put("a_value", c.aValue()).put("b_value", c.bValue());
    }
    return root;
  }

  private static void putIfPresent(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Parses a {@code tarikh/1} file; {@code docText} resolves text+occurrence spans (may be null). */
  public static DocumentResult readResult(Path file, String docText) throws IOException {
    return readResult(MAPPER.readTree(file.toFile()), docText, file.toString());
  }

  public static DocumentResult readResult(JsonNode root, String docText, String where) {
    String schema = root.path("schema").asText("");
    if (!schema.equals(DocumentResult.SCHEMA)) {
      throw new IllegalArgumentException(where + ": schema is '" + schema + "', expected '"
          + DocumentResult.SCHEMA + "'");
    }
    JsonNode d = root.path("doc");
    DocInfo info = new DocInfo(d.path("id").asText(), d.path("lang").asText(),
        textOrNull(d, "source"), textOrNull(d, "format"), textOrNull(d, "dct"));
    String text = textOrNull(root, "text");
    String resolveIn = text != null ? text : docText;
    List<Timex> timexes = new ArrayList<>();
    for (JsonNode t : root.path("timexes")) {
      Span s = span(t, resolveIn, where);
      timexes.add(new Timex(t.path("text").asText(null), s.start(), s.end(),
          TimexType.valueOf(t.path("type").asText("DATE")), t.path("value").asText(null),
          textOrNull(t, "anchor"), textOrNull(t, "calendar"), textOrNull(t, "rule")));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> names = new ArrayList<>();
      e.path("names").forEach(n -> names.add(n.asText()));
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        mentions.add(new Mention(m.path("start").asInt(), m.path("end").asInt(), null));
      }
      entities.add(new Entity(e.path("id").asText(), EntityKind.valueOf(e.path("kind").asText("ORG")),
          e.path("name").asText(""), names, mentions, textOrNull(e, "confidence")));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      events.add(readEvent(e, resolveIn, where));
    }
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : root.path("findings")) {
      findings.add(new Finding(f.path("kind").asText(), f.path("start").asInt(), f.path("end").asInt(),
          f.path("message").asText(""), textOrNull(f, "evidence"), textOrNull(f, "suggestion")));
    }
    return new DocumentResult(info, timexes, entities, events, findings, text);
  }

  private static Event readEvent(JsonNode e, String docText, String where) {
    JsonNode ev = e.path("evidence");
    Span s = span(ev, docText, where);
    Map<String, List<String>> args = new LinkedHashMap<>();
    e.path("args").fields().forEachRemaining(f -> {
      List<String> ids = new ArrayList<>();
      f.getValue().forEach(x -> ids.add(x.asText()));
      args.put(f.getKey(), ids);
    });
    Map<String, Object> attrs = new LinkedHashMap<>();
    e.path("attrs").fields().forEachRemaining(f ->
        attrs.put(f.getKey(), MAPPER.convertValue(f.getValue(), Object.class)));
    Span trigger = e.has("trigger")
        ? new Span(e.path("trigger").path("start").asInt(), e.path("trigger").path("end").asInt()) : null;
    Span dateSpan = e.has("date_span")
        ? new Span(e.path("date_span").path("start").asInt(), e.path("date_span").path("end").asInt()) : null;
    String text = ev.path("text").asText(null);
    return new Event(e.path("id").asText(), e.path("type").asText(), e.path("date").asText(null),
        new Evidence(s.start(), s.end(), text), args, attrs, trigger, dateSpan);
  }

  /** The code-point span of a node with start/end, or text + occurrence resolved in docText. */
  static Span span(JsonNode n, String docText, String where) {
    if (n.has("start") && n.has("end")) {
      return new Span(n.path("start").asInt(), n.path("end").asInt());
    }
    String text = n.path("text").asText(null);
    if (text == null || docText == null) {
      throw new IllegalArgumentException(where + ": a span has neither start/end nor text with a document to find it in");
    }
    int occurrence = n.path("occurrence").asInt(0);
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = docText.indexOf(text, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException(where + ": '" + text + "' occurrence " + occurrence
            + " is not in the document");
      }
    }
    int cpStart = docText.codePointCount(0, at);
    return new Span(cpStart, cpStart + text.codePointCount(0, text.length()));
  }

  public static Alignment readAlignment(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(file.toFile());
    String schema = root.path("schema").asText("");
    if (!schema.equals(Alignment.SCHEMA)) {
      throw new IllegalArgumentException(file + ": schema is '" + schema + "', expected '"
          + Alignment.SCHEMA + "'");
    }
    List<String> docs = new ArrayList<>();
    root.path("docs").forEach(d -> docs.add(d.asText()));
    List<Link> links = new ArrayList<>();
    for (JsonNode l : root.path("links")) {
      List<String> reasons = new ArrayList<>();
      l.path("reasons").forEach(x -> reasons.add(x.asText()));
      links.add(new Link(l.path("a").asText(), l.path("b").asText(), l.path("score").asDouble(1.0), reasons));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (JsonNode c : root.path("conflicts")) {
      conflicts.add(new Conflict(c.path("a").asText(), c.path("b").asText(), c.path("field").asText(),
          c.path("a_value").asText(null), c.path("b_value").asText(null)));
    }
    return new Alignment(docs, links, conflicts);
  }

  private static String textOrNull(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
