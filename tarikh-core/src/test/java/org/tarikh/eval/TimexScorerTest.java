package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.eval.Fixtures.timex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Timex;

class TimexScorerTest {
  @Test
  void relaxedStrictAndValueCountsOfOneDocument() {
    // gold: A [0,10) 1992-03-02, B [20,24) 1993, C [40,48) P44D
    // pred: a [0,10) 1992-03-02 (identical to A), b [18,24) 1994 (overlaps B, wrong value),
    //       d [60,64) 2000 (spurious)
    List<Timex> gold = List.of(timex(0, 10, "1992-03-02"), timex(20, 24, "1993"), timex(40, 48, "P44D"));
    List<Timex> pred = List.of(timex(0, 10, "1992-03-02"), timex(18, 24, "1994"), timex(60, 64, "2000"));
    TimexScorer.Result r = TimexScorer.score(gold, pred);
    // relaxed: 2 pairs (A-a, B-b): P = 2/3, R = 2/3
    assertThat(r.relaxed()).isEqualTo(new Counts(2, 1, 1));
    // strict: only A-a identical: P = 1/3, R = 1/3
    assertThat(r.strict()).isEqualTo(new Counts(1, 2, 2));
    // value: only A-a has equal value: F1 = 2*1 / (2*1 + 2 + 2) = 1/3
    assertThat(r.value()).isEqualTo(new Counts(1, 2, 2));
    assertThat(r.value().f1()).isEqualTo(1.0 / 3);
  }

  @Test
  void pairingIsOneToOneByLargestOverlap() {
    // gold G [0,20); pred p1 [0,5) overlaps 5, p2 [5,20) overlaps 15 -> G pairs with p2 only.
    List<Timex> gold = List.of(timex(0, 20, "2004-10-29"));
    List<Timex> pred = List.of(timex(0, 5, "2004"), timex(5, 20, "2004-10-29"));
    TimexScorer.Result r = TimexScorer.score(gold, pred);
    // relaxed tp 1, fp 1 (p1 unpaired), fn 0; value tp 1 since p2 carries the value
    assertThat(r.relaxed()).isEqualTo(new Counts(1, 1, 0));
    assertThat(r.value()).isEqualTo(new Counts(1, 1, 0));
    assertThat(r.strict()).isEqualTo(new Counts(0, 2, 1));
  }

  @Test
  void oneLongPredictionCoversTwoGoldSpansButPairsOnce() {
    // gold "September 2006" [0,14) and "7" [16,17); pred "September 2006, 7" [0,17)
    // overlaps 14 and 1: the pred pairs with the first gold, the second gold is missed.
    List<Timex> gold = List.of(timex(0, 14, "2006-09"), timex(16, 17, "XXXX-XX-07"));
    List<Timex> pred = List.of(timex(0, 17, "2006-09-07"));
    TimexScorer.Result r = TimexScorer.score(gold, pred);
    assertThat(r.relaxed()).isEqualTo(new Counts(1, 0, 1));
    assertThat(r.value()).isEqualTo(new Counts(0, 1, 2));
  }

  @Test
  void equalOverlapsPreferTheIdenticalSpanThenTheEarliest() {
    // gold G [0,10); p1 [0,12) and p2 [0,10) both overlap 10: p2 is identical and wins.
    List<Timex> gold = List.of(timex(0, 10, "1995"));
    List<Timex> pred = List.of(timex(0, 12, "1995"), timex(0, 10, "1996"));
    TimexScorer.Result r = TimexScorer.score(gold, pred);
    assertThat(r.strict().tp()).isEqualTo(1);
    assertThat(r.value().tp()).isZero();
    // gold G1 [0,4), G2 [6,10); pred P [2,8) overlaps each by 2 -> the earliest gold, G1.
    List<TimexScorer.Pair> pairs = TimexScorer.pair(
        List.of(timex(0, 4, "a"), timex(6, 10, "b")), List.of(timex(2, 8, "a")));
    assertThat(pairs).singleElement().extracting(TimexScorer.Pair::goldIndex).isEqualTo(0);
  }

  @Test
  void touchingSpansDoNotOverlap() {
    TimexScorer.Result r = TimexScorer.score(List.of(timex(0, 4, "1993")), List.of(timex(4, 8, "1993")));
    assertThat(r.relaxed()).isEqualTo(new Counts(0, 1, 1));
  }
}
