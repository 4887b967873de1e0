package org.tarikh.text;

import java.util.function.IntUnaryOperator;

/**
 * Binary search over anything indexed by position whose keys never decrease (tokens, slots and
 * normalized characters by their start offset). Reads and writes nothing.
 */
public final class Sorted {
  private Sorted() {
  }

  /**
   * The first index in {@code [0, size)} whose key is at least {@code target}, or {@code size}
   * when there is none.
   *
   * @param keyAt the key of an index; must not decrease as the index grows
   */
  public static int firstAtLeast(int size, IntUnaryOperator keyAt, int target) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keyAt.applyAsInt(mid) < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
