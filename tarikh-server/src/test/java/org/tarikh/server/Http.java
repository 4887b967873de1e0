package org.tarikh.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small HTTP client for API tests: keeps cookies, sends the CSRF token once logged in. */
final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final Demo demo;
  String csrf;

  /** An answer: status, headers and body parsed as JSON (null when it is not JSON). */
  record Answer(int status, HttpResponse<String> raw, JsonNode json) {
  }

  Http(Demo demo) {
    this.demo = demo;
  }

  Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(demo.url(path))).GET());
  }

  Answer post(String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(demo.url(path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  Answer upload(String name, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(demo.url("/api/documents?name=" + name)))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  Http login(String user) throws Exception {
    Answer a = post("/api/login", MAPPER.createObjectNode().put("name", user).put("password", Demo.PASSWORD).toString());
    if (a.status() != 200) {
      throw new AssertionError("login failed: " + a.raw().body());
    }
    csrf = a.json().get("csrf").asText();
    return this;
  }

  private Answer send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      json = MAPPER.readTree(r.body());
    }
    return new Answer(r.statusCode(), r, json);
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
