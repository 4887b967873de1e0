package org.tarikh.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: once a user name has failed to log in {@code maxFailures} times
 * within {@code window}, its logins are refused (HTTP 429) until the oldest of those failures is
 * older than the window; the same holds for a client address after four times as many failures
 * (guessing over many names). A successful login clears the name's failures. Kept in memory: a
 * restart forgets them.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 10_000;

  private final Failures byName;
  private final Failures byAddress;
  private final Clock clock;

  LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.byName = new Failures(maxFailures, window);
    this.byAddress = new Failures(maxFailures * 4, window);
    this.clock = clock;
  }

  /** How long the name and the address must wait before their next login attempt (zero: none). */
  Duration waitFor(String name, String address) {
    Instant now = clock.instant();
    Duration wait = byName.wait(name, now);
    Duration other = byAddress.wait(address, now);
    return other.compareTo(wait) > 0 ? other : wait;
  }

  void failed(String name, String address) {
    Instant now = clock.instant();
    byName.add(name, now);
    byAddress.add(address, now);
  }

  void succeeded(String name) {
    byName.clear(name);
  }

  /** Recent failures per key (a name or an address). */
  private static final class Failures {
    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    Failures(int max, Duration window) {
      this.max = max;
      this.window = window;
    }

    Duration wait(String key, Instant now) {
      Deque<Instant> times = recent.get(key);
      if (times == null) {
        return Duration.ZERO;
      }
      synchronized (times) {
        times.removeIf(t -> !t.plus(window).isAfter(now));
        return times.size() < max ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
      }
    }

    void add(String key, Instant now) {
      if (recent.size() > MAX_TRACKED) {
        recent.values().removeIf(times -> {
          synchronized (times) {
            return times.isEmpty() || !times.peekLast().plus(window).isAfter(now);
          }
        });
      }
      Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }

    void clear(String key) {
      recent.remove(key);
    }
  }
}
