package org.tarikh.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** JSON in and out of the API (Jackson): answers with {@code application/json; charset=utf-8}. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {
  }

  static void send(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The request body as a JSON object; a 400 when it is not one. */
  static JsonNode body(Context ctx) {
    try {
      JsonNode n = MAPPER.readTree(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) {
        throw ApiException.badRequest("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
