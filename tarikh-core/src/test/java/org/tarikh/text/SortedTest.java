package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedTest {
  @Test
  void findsTheFirstKeyAtLeastTheTarget() {
    int[] starts = {0, 4, 4, 9};
    assertThat(Sorted.firstAtLeast(starts.length, i -> starts[i], 4)).isEqualTo(1);
    assertThat(Sorted.firstAtLeast(starts.length, i -> starts[i], 5)).isEqualTo(3);
    assertThat(Sorted.firstAtLeast(starts.length, i -> starts[i], 10)).isEqualTo(4);
    assertThat(Sorted.firstAtLeast(0, i -> 0, 3)).isZero();
  }

  @Test
  void agreesWithALinearScan() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 30), integers().between(-2, 42))
        .checkAssert((steps, target) -> {
          List<Integer> keys = new ArrayList<>();
          int sum = 0;
          for (int s : steps) {
            sum += s;
            keys.add(sum);
          }
          int expected = 0;
          while (expected < keys.size() && keys.get(expected) < target) {
            expected++;
          }
          assertThat(Sorted.firstAtLeast(keys.size(), keys::get, target)).isEqualTo(expected);
        });
  }
}
