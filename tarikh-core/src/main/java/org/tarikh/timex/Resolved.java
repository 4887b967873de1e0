package org.tarikh.timex;

/**
 * A value built for a match.
 *
 * @param value the normalized value
 * @param anchor {@code "dct"}, the code-point offset of the anchoring timex, or {@code null}
 * @param calendar {@code "hijri"} or {@code null}
 */
record Resolved(TimexValue value, String anchor, String calendar) {
  static Resolved absolute(TimexValue v) {
    return new Resolved(v, null, null);
  }
}
