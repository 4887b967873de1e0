package org.tarikh.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tarikh.store.DateRange;
import org.tarikh.store.FactKey;

/** Reads and checks query and path parameters; a bad one is a 400 naming it. */
final class Params {
  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 1000;

  private Params() {
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx) {
    return limit(ctx, DEFAULT_PAGE, MAX_PAGE);
  }

  static int limit(Context ctx, int fallback, int max) {
    return integer(ctx, "limit", fallback, 1, max);
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'");
    }
  }

  /** A period bound: {@code from} takes the first day of 1992/1992-03/1992-03-02, {@code to} the last. */
  static LocalDate day(Context ctx, String name, boolean first) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      DateRange r = DateRange.parseBound(v);
      return first ? r.begin() : r.end();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + ": " + e.getMessage());
    }
  }

  static FactKey factKey(Context ctx) {
    try {
      return FactKey.parse(ctx.pathParam("key"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  static boolean flag(Context ctx, String name) {
    return "true".equalsIgnoreCase(text(ctx, name)) || "1".equals(text(ctx, name));
  }
}
