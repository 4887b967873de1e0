package org.tarikh.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on the bundled samples: reading, paging, errors, review, security, uploads, exports. */
class ApiTest {
  @TempDir
  static Path tmp;
  static Demo demo;

  @BeforeAll
  static void start() throws Exception {
    demo = new Demo(tmp, true);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void documentsAndTimelineHaveAnEnglishAndARightToLeftArabicLane() throws Exception {
    Http http = new Http(demo);
    assertThat(http.get("/api/documents").json().get("items")).extracting(d -> d.get("lang").asText())
        .containsExactlyInAnyOrder("en", "ar");
    JsonNode timeline = http.get("/api/timeline").json();
    assertThat(timeline.get("lanes")).extracting(l -> l.get("lang").asText() + ":" + l.get("dir").asText())
        .containsExactly("ar:rtl", "en:ltr");
    assertThat(timeline.get("items").size()).isGreaterThan(20);
    assertThat(timeline.get("items")).anySatisfy(i -> assertThat(i.path("conflict").asBoolean()).isTrue());
  }

  @Test
  void factsArePagedInAStableOrderAndFiltered() throws Exception {
    Http http = new Http(demo);
    List<String> all = keys(http.get("/api/facts?limit=1000").json());
    List<String> paged = new ArrayList<>();
    String next = "0";
    while (!next.equals("null")) {
      JsonNode page = http.get("/api/facts?limit=7&offset=" + next).json();
      paged.addAll(keys(page));
      next = page.get("next").asText();
    }
    assertThat(paged).isEqualTo(all);
    JsonNode ar = http.get("/api/facts?lang=ar&type=ADMISSION&from=1992&to=1992").json();
    assertThat(ar.get("items")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.get("lang").asText()).isEqualTo("ar");
      assertThat(f.get("date").asText()).startsWith("1992");
    });
  }

  @Test
  void badRequestsGetJsonErrorsWithTheirStatus() throws Exception {
    Http http = new Http(demo);
    Http.Answer badLimit = http.get("/api/facts?limit=0");
    assertThat(badLimit.status()).isEqualTo(400);
    assertThat(badLimit.json().at("/error/code").asText()).isEqualTo("bad-request");
    assertThat(http.get("/api/facts?from=soon").status()).isEqualTo(400);
    assertThat(http.get("/api/facts/" + Http.enc("nodoc:ADMISSION:1-2:1992")).status()).isEqualTo(404);
    assertThat(http.get("/api/facts/garbage").status()).isEqualTo(400);
    assertThat(http.get("/api/nothing-here").json().at("/error/status").asInt()).isEqualTo(404);
    assertThat(http.get("/api/search").status()).isEqualTo(400);
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
    Http http = new Http(demo);
    for (String path : List.of("/", "/app.js", "/api/facts")) {
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(path).isEqualTo(200);
      assertThat(a.raw().headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
  }

  @Test
  void writingNeedsALoggedInEditorAndTheCsrfToken() throws Exception {
    String key = firstKey("/api/facts?lang=en&type=ADMISSION");
    String review = "{\"verdict\":\"accept\"}";
    String path = "/api/facts/" + Http.enc(key) + "/review";
    assertThat(new Http(demo).post(path, review).status()).isEqualTo(401);
    assertThat(new Http(demo).login(Demo.READER).post(path, review).status()).isEqualTo(403);
    Http noCsrf = new Http(demo).login(Demo.EDITOR);
    noCsrf.csrf = null;
    assertThat(noCsrf.post(path, review).json().at("/error/code").asText()).isEqualTo("csrf");
    assertThat(new Http(demo).login(Demo.EDITOR).post(path, review).status()).isEqualTo(200);
    Http.Answer wrong = new Http(demo).post("/api/login", "{\"name\":\"amina\",\"password\":\"nope\"}");
    assertThat(wrong.status()).isEqualTo(401);
  }

  @Test
  void repeatedFailedLoginsForANameAreRefusedForAWhile() throws Exception {
    String wrong = "{\"name\":\"mallory\",\"password\":\"guess\"}";
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(new Http(demo).post("/api/login", wrong).status()).isEqualTo(401);
    }
    Http.Answer refused = new Http(demo).post("/api/login", wrong);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().at("/error/code").asText()).isEqualTo("too-many-attempts");
    assertThat(refused.raw().headers().firstValue("Retry-After")).get().asString().matches("\\d+");
    assertThat(new Http(demo).login(Demo.EDITOR).get("/api/session").json().get("user").asText()).isEqualTo(Demo.EDITOR);
  }

  @Test
  void aCorrectionIsAppliedAuditedAndShownInTheFactsHistory() throws Exception {
    String key = firstKey("/api/facts?lang=en&type=MEMBERSHIP_TERM");
    Http editor = new Http(demo).login(Demo.EDITOR);
    Http.Answer ok = editor.post("/api/facts/" + Http.enc(key) + "/review",
        "{\"verdict\":\"correct\",\"date\":\"2012/2013\",\"note\":\"term\"}");
    assertThat(ok.status()).isEqualTo(200);
    JsonNode fact = editor.get("/api/facts/" + Http.enc(key)).json();
    assertThat(fact.get("date").asText()).isEqualTo("2012/2013");
    assertThat(fact.at("/review/verdict").asText()).isEqualTo("CORRECTED");
    assertThat(fact.get("history")).extracting(h -> h.get("actor").asText() + " " + h.get("action").asText())
        .contains("amina review-corrected");
    JsonNode context = fact.get("context");
    assertThat(context.get("text").asText()).contains(fact.at("/evidence/text").asText().substring(0, 10));
    assertThat(editor.post("/api/facts/" + Http.enc(key) + "/review", "{\"verdict\":\"correct\",\"date\":\"soon\"}")
        .status()).isEqualTo(400);
  }

  @Test
  void twoFactsOfOneClauseHaveTheirOwnKeysAndReviews() throws Exception {
    Http editor = new Http(demo).login(Demo.EDITOR);
    byte[] text = ("In May 2012 and October 2013, Azerbaijan chaired the United Nations Security Council. "
        + "Azerbaijan was elected a non-permanent member of the Security Council for 2012-2013.")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(editor.upload("two-dates.txt", "text/plain", text).status()).isEqualTo(201);
    List<String> presidencies = keys(editor.get("/api/facts?doc=two-dates&type=PRESIDENCY").json());
    assertThat(presidencies).hasSize(2).doesNotHaveDuplicates()
        .allSatisfy(k -> assertThat(k).startsWith("two-dates:PRESIDENCY:0-85:"));
    assertThat(editor.post("/api/facts/" + Http.enc(presidencies.get(0)) + "/review", "{\"verdict\":\"reject\"}")
        .status()).isEqualTo(200);
    assertThat(keys(editor.get("/api/facts?doc=two-dates&type=PRESIDENCY").json()))
        .containsExactly(presidencies.get(1));
    assertThat(editor.get("/api/facts/" + Http.enc(presidencies.get(1))).json().has("review")).isFalse();

    String term = firstKey("/api/facts?doc=two-dates&type=MEMBERSHIP_TERM");
    assertThat(term).endsWith(":2012/2013");
    assertThat(editor.post("/api/facts/" + Http.enc(term) + "/review",
        "{\"verdict\":\"correct\",\"date\":\"2012-01/2013-12\"}").status()).isEqualTo(200);
    JsonNode corrected = editor.get("/api/facts/" + Http.enc(term)).json();
    assertThat(corrected.get("key").asText()).isEqualTo(term);
    assertThat(corrected.get("extractedDate").asText()).isEqualTo("2012/2013");
  }

  @Test
  void aConflictIsResolvedByChoosingAVersion() throws Exception {
    Http editor = new Http(demo).login(Demo.EDITOR);
    JsonNode conflict = null;
    for (JsonNode c : editor.get("/api/conflicts").json().get("items")) {
      if (!c.get("resolved").asBoolean()) {
        conflict = c;
        break;
      }
    }
    assertThat(conflict).as("an open conflict in the samples").isNotNull();
    String body = Json.MAPPER.createObjectNode().put("a", conflict.at("/a/ref").asText())
        .put("b", conflict.at("/b/ref").asText()).put("field", conflict.get("field").asText()).put("choose", "a")
        .toString();
    assertThat(editor.post("/api/conflicts/resolve", body).status()).isEqualTo(200);
    String a = conflict.at("/a/ref").asText();
    String field = conflict.get("field").asText();
    assertThat(editor.get("/api/conflicts").json().get("items"))
        .filteredOn(c -> c.at("/a/ref").asText().equals(a) && c.get("field").asText().equals(field))
        .isNotEmpty().allSatisfy(c -> assertThat(c.get("resolved").asBoolean()).isTrue());
    assertThat(editor.get("/api/facts/" + Http.enc(conflict.at("/b/key").asText())).json().get("history"))
        .extracting(h -> h.get("action").asText()).contains("review-corrected");
  }

  @Test
  void searchFindsFactsInArabicAndEnglish() throws Exception {
    Http http = new Http(demo);
    assertThat(http.get("/api/search?q=" + Http.enc("اذربيجان") + "&lang=ar").json().get("items"))
        .anySatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("FACT"));
    assertThat(http.get("/api/search?q=" + Http.enc("Security Council") + "&lang=en").json().get("items"))
        .anySatisfy(h -> assertThat(h.path("key").asText()).contains(":"));
  }

  @Test
  void uploadsAreCheckedForTypeAndSizeAndStoredVerbatim() throws Exception {
    Http editor = new Http(demo).login(Demo.EDITOR);
    byte[] text = "<script>alert(1)</script> Azerbaijan joined the United Nations on 2 March 1992."
        .getBytes(StandardCharsets.UTF_8);
    assertThat(editor.upload("evil.exe", "application/octet-stream", text).status()).isEqualTo(415);
    assertThat(editor.upload("evil.pdf", "application/pdf", text).status()).isEqualTo(415);
    assertThat(refusedStatus(editor, "big.txt", new byte[(int) ServerSettings.DEFAULT_MAX_UPLOAD + 10])).isEqualTo(413);
    assertThat(editor.get("/api/documents/big").status()).isEqualTo(404);
    assertThat(new Http(demo).upload("evil.txt", "text/plain", text).status()).isEqualTo(401);
    Http.Answer ok = editor.upload("evil.txt", "text/plain", text);
    assertThat(ok.status()).as(ok.raw().body()).isEqualTo(201);
    JsonNode doc = editor.get("/api/documents/evil").json();
    assertThat(doc.get("text").asText()).startsWith("<script>");
    assertThat(doc.get("facts")).isNotEmpty();
  }

  @Test
  void exportsAndTheOpenApiDescriptionAreServed() throws Exception {
    Http http = new Http(demo);
    JsonNode api = http.get("/api/openapi.json").json();
    assertThat(api.get("paths").fieldNames()).toIterable()
        .contains("/api/facts", "/api/facts/{key}/review", "/api/conflicts/resolve", "/api/export/{format}");
    assertThat(http.get("/api/export/timeline").json().get("events")).isNotEmpty();
    assertThat(http.get("/api/export/csv").raw().body()).contains("ADMISSION");
    assertThat(http.get("/api/export/jsonld").status()).isEqualTo(200);
    assertThat(http.get("/api/entities?prefix=state:").json().get("items")).isNotEmpty();
    assertThat(http.get("/api/entities/state:aze").json().get("facts")).isNotEmpty();
    assertThat(http.get("/api/findings").status()).isEqualTo(200);
  }

  @Test
  void readingCanRequireALogin(@TempDir Path other) throws Exception {
    try (Demo closed = new Demo(other, false)) {
      assertThat(new Http(closed).get("/api/facts").status()).isEqualTo(401);
      assertThat(new Http(closed).login(Demo.READER).get("/api/facts").status()).isEqualTo(200);
    }
  }

  /**
   * The status of a refused upload; a server that refuses a large body may close the connection
   * before the client has sent it all, which the client sees as a failed read: counted as a 413.
   */
  private static int refusedStatus(Http http, String name, byte[] body) throws Exception {
    try {
      return http.upload(name, "text/plain", body).status();
    } catch (java.io.IOException e) {
      return 413;
    }
  }

  private static String firstKey(String path) throws Exception {
    return new Http(demo).get(path).json().get("items").get(0).get("key").asText();
  }

  private static List<String> keys(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("key").asText()));
    return out;
  }
}
