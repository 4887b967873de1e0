package org.tarikh.timex;

import java.util.HashMap;
import java.util.Map;

/**
 * The slots captured so far while a pattern is matched: an immutable list, so that
 * backtracking shares prefixes. The span marks are kept as slots named {@code <} and {@code >}.
 */
final class Captures {
  static final String SPAN_START = "<";
  static final String SPAN_END = ">";

  private final String slot;
  private final String value;
  private final Captures next;

  private Captures(String slot, String value, Captures next) {
    this.slot = slot;
    this.value = value;
    this.next = next;
  }

  static Captures with(Captures list, String slot, String value) {
    return new Captures(slot, value, list);
  }

  /** The slot values; when a slot was captured twice the later capture wins. */
  static Map<String, String> toMap(Captures list) {
    Map<String, String> out = new HashMap<>();
    for (Captures c = list; c != null; c = c.next) {
      out.putIfAbsent(c.slot, c.value);
    }
    return out;
  }

  static int mark(Captures list, String which, int fallback) {
    for (Captures c = list; c != null; c = c.next) {
      if (c.slot.equals(which)) {
        return Integer.parseInt(c.value);
      }
    }
    return fallback;
  }
}
