package org.tarikh.timex;

import java.util.Locale;

/**
 * Parts of a day that lexicons name (class {@code PARTOFDAY}, value = the lower-case constant
 * name): the hours they cover, both included, and whether a bare clock hour inside them is
 * afternoon ("at 8 this evening" is 20:00).
 */
enum PartOfDay {
  MORNING(0, 11), EARLYMORNING(0, 8), AFTERNOON(12, 18), LUNCH(12, 13), EVENING(18, 23),
  NIGHT(18, 23), LATENIGHT(21, 23);

  private final int first;
  private final int last;

  PartOfDay(int first, int last) {
    this.first = first;
    this.last = last;
  }

  int first() {
    return first;
  }

  int last() {
    return last;
  }

  /** True when clock hours 1-11 said inside this part are after noon. */
  boolean afternoon() {
    return first >= 12;
  }

  /** The part named {@code name} ({@code evening}), or {@code null}. */
  static PartOfDay of(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("unknown part of day '" + name + "'", e);
    }
  }
}
