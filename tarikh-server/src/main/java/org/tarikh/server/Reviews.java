package org.tarikh.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tarikh.store.Review;

/**
 * Reads an editor's verdict from a request body:
 * {@code {"verdict": "accept"|"correct"|"reject", "date": "1993-04-30", "args": {"body": ["org:unsc"]},
 * "attrs": {...}, "note": "..."}}; a correction must change something, and its date must be a
 * TIMEX3 date value and its entity ids well formed.
 */
final class Reviews {
  private static final Pattern DATE = Pattern.compile("[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?(/[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?)?"
      + "|PRESENT_REF|PAST_REF|FUTURE_REF");
  private static final Pattern ENTITY = Pattern.compile("[a-z]+:[a-z0-9-]+");
  private static final Pattern ROLE = Pattern.compile("[a-z_]{1,40}");

  private Reviews() {
  }

  static Review parse(JsonNode body) {
    String verdict = body.path("verdict").asText("");
    String note = text(body, "note");
    switch (verdict) {
      case "accept":
        return Review.accept(note);
      case "reject":
        return Review.reject(note);
      case "correct":
        return correction(body, note);
      default:
        throw ApiException.badRequest("verdict must be accept, correct or reject, not '" + verdict + "'");
    }
  }

  private static Review correction(JsonNode body, String note) {
    String date = text(body, "date");
    if (date != null && !DATE.matcher(date).matches()) {
      throw ApiException.badRequest("date must be a TIMEX3 date such as 1993, 1993-04 or 1993-04-30, not '" + date + "'");
    }
    Map<String, List<String>> args = body.hasNonNull("args") ? args(body.get("args")) : null;
    Map<String, Object> attrs = body.hasNonNull("attrs")
        ? Json.MAPPER.convertValue(body.get("attrs"), new TypeReference<Map<String, Object>>() { }) : null;
    if (date == null && args == null && attrs == null) {
      throw ApiException.badRequest("a correction needs a date, args or attrs");
    }
    return Review.correct(date, args, attrs, note);
  }

  private static Map<String, List<String>> args(JsonNode node) {
    Map<String, List<String>> args;
    try {
      args = Json.MAPPER.convertValue(node, new TypeReference<Map<String, List<String>>>() { });
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("args must map roles to lists of entity ids");
    }
    args.forEach((role, ids) -> {
      if (!ROLE.matcher(role).matches() || ids.stream().anyMatch(id -> !ENTITY.matcher(id).matches())) {
        throw ApiException.badRequest("args: role '" + role + "' must hold entity ids like state:aze");
      }
    });
    return args;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }
}
