package org.tarikh.align;

import java.util.List;

/**
 * The outcome of comparing two events: a score in 0..1 and the reasons behind it
 * ({@code type}, {@code date:1993⊇1993-04-30}, {@code entities:org:unsc}, {@code numbers:822}).
 */
record Match(double score, List<String> reasons) {
  Match {
    reasons = List.copyOf(reasons);
  }
}
