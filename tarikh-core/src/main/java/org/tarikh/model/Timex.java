package org.tarikh.model;

/**
 * A temporal expression as FACTS.md defines it.
 *
 * @param text the span's text, copied from the original document
 * @param start first code point
 * @param end code point after the last
 * @param type TIMEX3 type
 * @param value TIMEX3-style value ({@code 1992-03-02}, {@code 2012/2013}, {@code P44D}, {@code PRESENT_REF})
 * @param anchor what a relative or anaphoric value was resolved against: {@code "dct"}, the start
 *     offset of the anchoring timex as a decimal string, or {@code null} when the value is absolute
 * @param calendar {@code "hijri"} when the text gives a Hijri date, else {@code null}
 * @param rule name of the rule that found it (for diagnostics), may be {@code null}
 */
public record Timex(String text, int start, int end, TimexType type, String value,
                    String anchor, String calendar, String rule) {

  public Timex(String text, int start, int end, TimexType type, String value) {
    this(text, start, end, type, value, null, null, null);
  }

  public Span span() {
    return new Span(start, end);
  }
}
