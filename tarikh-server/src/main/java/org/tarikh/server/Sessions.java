package org.tarikh.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in users, in memory: each login gets a random 256-bit token (the session cookie or a
 * bearer token) and its own CSRF token, and expires after the configured time. A restart logs
 * everyone out.
 */
final class Sessions {
  /** One login. */
  record Session(String token, String user, String role, String csrf, Instant expires) {
    boolean editor() {
      return "editor".equals(role);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, Session> byToken = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  Sessions(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  Session open(String user, String role) {
    byToken.values().removeIf(s -> s.expires().isBefore(clock.instant()));
    Session s = new Session(token(), user, role, token(), clock.instant().plus(ttl));
    byToken.put(s.token(), s);
    return s;
  }

  Optional<Session> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Session s = byToken.get(token);
    if (s != null && s.expires().isBefore(clock.instant())) {
      byToken.remove(token);
      return Optional.empty();
    }
    return Optional.ofNullable(s);
  }

  void close(String token) {
    if (token != null) {
      byToken.remove(token);
    }
  }

  Duration ttl() {
    return ttl;
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
