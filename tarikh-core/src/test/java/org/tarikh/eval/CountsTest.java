package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void precisionRecallF1FromMatchesAndSizes() {
    // 3 matched of 4 predicted and 6 gold: P = 3/4, R = 3/6, F1 = 2*3/(2*3+1+3) = 0.6
    Counts c = Counts.of(3, 4, 6);
    assertThat(c).isEqualTo(new Counts(3, 1, 3));
    assertThat(c.precision()).isEqualTo(0.75);
    assertThat(c.recall()).isEqualTo(0.5);
    assertThat(c.f1()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void emptySidesGiveZeroNotOne() {
    assertThat(Counts.ZERO.precision()).isZero();
    assertThat(Counts.ZERO.recall()).isZero();
    assertThat(Counts.ZERO.f1()).isZero();
    assertThat(Tally.ZERO.accuracy()).isZero();
    // nothing predicted, 5 gold: P = 0 (no denominator), R = 0
    assertThat(Counts.of(0, 0, 5).precision()).isZero();
    assertThat(Counts.of(0, 0, 5).recall()).isZero();
  }

  @Test
  void microAveragingSumsCountsBeforeDividing() {
    // doc 1: 1/1 matched; doc 2: 0 of 3 predicted, 1 gold -> summed tp 1, fp 3, fn 1: P = 1/4, R = 1/2
    Counts sum = Counts.of(1, 1, 1).plus(Counts.of(0, 3, 1));
    assertThat(sum.precision()).isEqualTo(0.25);
    assertThat(sum.recall()).isEqualTo(0.5);
  }
}
