package org.tarikh.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.tarikh.store.UserAccount;

/**
 * {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/session}. A login sets an
 * HttpOnly, SameSite=Strict session cookie and returns the CSRF token for the UI and the same
 * session token for API clients ({@code Authorization: Bearer}). A wrong name and a wrong password
 * get the same answer; repeated failures for a name or from an address are refused for a while
 * (429 with {@code Retry-After}, see {@link LoginThrottle}).
 */
final class AuthApi {
  private final Chronicle chronicle;
  private final Sessions sessions;
  private final boolean openReading;
  private final LoginThrottle throttle;

  AuthApi(Chronicle chronicle, Sessions sessions, boolean openReading, LoginThrottle throttle) {
    this.chronicle = chronicle;
    this.sessions = sessions;
    this.openReading = openReading;
    this.throttle = throttle;
  }

  void routes(RoutesConfig r) {
    r.post("/api/login", this::login);
    r.post("/api/logout", this::logout);
    r.get("/api/session", this::session);
  }

  private void login(Context ctx) {
    JsonNode body = Json.body(ctx);
    String name = body.path("name").asText("");
    String address = ctx.ip();
    java.time.Duration wait = throttle.waitFor(name, address);
    if (!wait.isZero()) {
      long seconds = Math.max(1, wait.toSeconds());
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiException(429, "too-many-attempts", "too many failed logins; try again in " + seconds + " s");
    }
    char[] password = body.path("password").asText("").toCharArray();
    Optional<UserAccount> user = chronicle.read(s -> s.user(name));
    String stored = user.map(UserAccount::passwordHash).orElse(null);
    boolean ok = Passwords.verify(password, stored);
    java.util.Arrays.fill(password, '\0');
    if (!ok) {
      throttle.failed(name, address);
      throw new ApiException(401, "bad-login", "wrong user name or password");
    }
    throttle.succeeded(name);
    Sessions.Session s = sessions.open(user.get().name(), user.get().role());
    Cookie cookie = new Cookie(Security.COOKIE, s.token());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    cookie.setMaxAge((int) sessions.ttl().toSeconds());
    ctx.cookie(cookie);
    ObjectNode out = describe(s);
    out.put("token", s.token());
    Json.send(ctx, out);
  }

  private void logout(Context ctx) {
    Security.session(ctx).ifPresent(s -> sessions.close(s.token()));
    ctx.removeCookie(Security.COOKIE, "/");
    Json.send(ctx, Json.object().put("user", (String) null));
  }

  private void session(Context ctx) {
    ObjectNode out = Security.session(ctx).map(AuthApi::describe).orElseGet(() -> {
      ObjectNode o = Json.object();
      o.putNull("user");
      return o;
    });
    out.put("openReading", openReading);
    Json.send(ctx, out);
  }

  private static ObjectNode describe(Sessions.Session s) {
    ObjectNode o = Json.object();
    o.put("user", s.user());
    o.put("role", s.role());
    o.put("csrf", s.csrf());
    o.put("expires", s.expires().toString());
    return o;
  }
}
