package org.tarikh.event;

import java.util.List;

/**
 * Where a {@link Pattern} matched: slots {@code [start, end)}, the slot of its trigger word
 * ({@code -1} when it has none) and what its elements captured.
 */
record Match(int start, int end, int trigger, List<Capture> captures) {
  /** The trigger slot, or the start when the pattern has no word. */
  int anchor() {
    return trigger >= 0 ? trigger : start;
  }
}
