package org.tarikh.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;

/**
 * Who may do what, checked before every API route: anonymous reading only when the settings
 * allow it; every write needs a logged-in editor, and when the login came from the session cookie
 * (the browser UI), an {@code X-CSRF-Token} header equal to the session's CSRF token (bearer tokens
 * are not sent by browsers on their own, so they need none). Also sets the security headers of
 * every answer, among them a strict Content-Security-Policy (scripts and styles from this server
 * only, no inline script, no framing).
 */
final class Security {
  static final String COOKIE = "tarikh_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final String SESSION_ATTR = "tarikh.session";

  private final Sessions sessions;
  private final boolean openReading;

  Security(Sessions sessions, boolean openReading) {
    this.sessions = sessions;
    this.openReading = openReading;
  }

  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  /** Runs before every {@code /api/*} route. */
  void check(Context ctx) {
    Optional<Sessions.Session> fromBearer = sessions.find(bearer(ctx));
    Optional<Sessions.Session> session = fromBearer.isPresent() ? fromBearer : sessions.find(ctx.cookie(COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION_ATTR, s));
    boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
        && ctx.method() != HandlerType.OPTIONS;
    String path = ctx.path();
    if (path.equals("/api/login") || path.equals("/api/session") || path.equals("/api/openapi.json")) {
      return;
    }
    if (!write) {
      if (!openReading && session.isEmpty()) {
        throw new ApiException(401, "login-required", "reading this chronicle needs a login");
      }
      return;
    }
    Sessions.Session s = session.orElseThrow(() ->
        new ApiException(401, "login-required", "changing the chronicle needs a logged-in editor"));
    if (fromBearer.isEmpty() && !s.csrf().equals(ctx.header(CSRF_HEADER))) {
      throw new ApiException(403, "csrf", "missing or wrong " + CSRF_HEADER + " header");
    }
    if (!s.editor() && !path.equals("/api/logout")) {
      throw new ApiException(403, "forbidden", "user " + s.user() + " is not an editor");
    }
  }

  static Optional<Sessions.Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION_ATTR));
  }

  /** The logged-in user's name; only called on routes {@link #check} let through as writes. */
  static String user(Context ctx) {
    return session(ctx).map(Sessions.Session::user).orElseThrow(() ->
        new ApiException(401, "login-required", "login required"));
  }

  private static String bearer(Context ctx) {
    String h = ctx.header("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
  }
}
