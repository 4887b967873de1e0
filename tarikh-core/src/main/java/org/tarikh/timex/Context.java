package org.tarikh.timex;

import java.time.LocalDateTime;

/**
 * What relative and anaphoric expressions are resolved against while a text is read in order:
 * the document creation time (may be absent) and the latest dated timex of the text.
 */
final class Context {
  private final LocalDateTime dct;
  private TimexValue.Point textAnchor;
  private int textAnchorOffset = -1;

  Context(LocalDateTime dct) {
    this.dct = dct;
  }

  /** The DCT, or {@code null}. */
  LocalDateTime dct() {
    return dct;
  }

  /** The latest point of the text that has a year, or {@code null}. */
  TimexValue.Point textAnchor() {
    return textAnchor;
  }

  /** Code-point offset of {@link #textAnchor()}'s timex. */
  int textAnchorOffset() {
    return textAnchorOffset;
  }

  /**
   * Remembers a dated point found at {@code offset} as the anchor of what follows; an interval
   * inside one year (a holiday, a month range) anchors on its year.
   */
  void saw(TimexValue value, int offset) {
    if (value instanceof TimexValue.Interval i && i.from() != null && i.to() != null
        && i.from().year() != null && i.from().year().equals(i.to().year())) {
      value = TimexValue.Point.year(i.from().year());
    }
    if (value instanceof TimexValue.Point p && p.year() != null
        && (p.grain() == Grain.YEAR || p.grain() == Grain.MONTH || p.grain() == Grain.DAY)) {
      textAnchor = p;
      textAnchorOffset = offset;
    }
  }
}
