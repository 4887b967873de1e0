package org.tarikh.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed logins per name and per address, counted over a sliding window. */
class LoginThrottleTest {
  /** A clock the test moves forward. */
  private static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Ticking clock = new Ticking();
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);

  @Test
  void aNameWaitsUntilItsOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.waitFor("omar", "10.0.0.1")).isZero();
      throttle.failed("omar", "10.0.0.1");
      clock.now = clock.now.plusSeconds(60);
    }
    assertThat(throttle.waitFor("omar", "10.0.0.2")).isEqualTo(Duration.ofMinutes(7));
    assertThat(throttle.waitFor("amina", "10.0.0.2")).isZero();
    clock.now = clock.now.plus(Duration.ofMinutes(7));
    assertThat(throttle.waitFor("omar", "10.0.0.2")).isZero();
  }

  @Test
  void aSuccessClearsTheNameButNotTheAddress() {
    for (int i = 0; i < 12; i++) {
      throttle.failed(i % 2 == 0 ? "omar" : "user" + i, "10.0.0.1");
    }
    throttle.succeeded("omar");
    assertThat(throttle.waitFor("omar", "10.0.0.9")).isZero();
    assertThat(throttle.waitFor("someone", "10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
  }
}
