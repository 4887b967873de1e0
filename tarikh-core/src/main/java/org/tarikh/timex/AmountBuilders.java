package org.tarikh.timex;

/** Builders of durations, frequencies and deictic references. */
final class AmountBuilders {
  private AmountBuilders() {
  }

  /** {@code amount} (a number, or absent/X for a vague amount when {@code vague=yes}) of {@code unit}. */
  static Resolved duration(Slots s, Context c) {
    Unit u = s.unit("unit");
    if (u == null) {
      return null;
    }
    Integer n = s.integer("amount");
    if (n == null && !"X".equals(s.text("amount"))) {
      n = 1;
    }
    if (n != null && n <= 0) {
      return null;
    }
    return Resolved.absolute(new TimexValue.Duration(n, u));
  }

  static Resolved set(Slots s, Context c) {
    Resolved d = duration(s, c);
    return d == null ? null
        : Resolved.absolute(new TimexValue.Frequency((TimexValue.Duration) d.value()));
  }

  static Resolved ref(Slots s, Context c) {
    String r = s.text("ref");
    return r == null || r.isEmpty() ? null : Resolved.absolute(new TimexValue.Reference(r));
  }
}
