package org.tarikh.timex;

import java.util.HashMap;
import java.util.Map;

/**
 * The named slots of a match with the rule's constants, read with types. Slot names are the
 * contract between rule files and {@link Build}: {@code year yy month day weekday era calendar},
 * {@code year2 yy2 month2 day2} (the second end of a range), {@code amount unit offset ref ord},
 * {@code hour minute second ampm hhmm dir pod fallback}, {@code holiday}.
 */
final class Slots {
  private final Map<String, String> values;

  Slots(Map<String, String> captured, Map<String, String> constants) {
    Map<String, String> all = new HashMap<>(constants);
    all.putAll(captured);
    this.values = all;
  }

  boolean has(String name) {
    String v = values.get(name);
    return v != null && !v.isEmpty();
  }

  String text(String name) {
    return values.get(name);
  }

  /** An integer slot ({@code +1} allowed), or {@code null} when absent or vague ({@code X}). */
  Integer integer(String name) {
    String v = values.get(name);
    if (v == null || v.isEmpty() || v.equals("X")) {
      return null;
    }
    try {
      return Integer.valueOf(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("slot '" + name + "' is not a number: '" + v + "'", e);
    }
  }

  int integer(String name, int fallback) {
    Integer v = integer(name);
    return v == null ? fallback : v;
  }

  /** A unit slot, or {@code null}. */
  Unit unit(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? null : Unit.valueOf(v);
  }

  /** A year from {@code name} or, two digits, from {@code yyName} (50-99 → 19xx, else 20xx). */
  Integer year(String name, String yyName) {
    Integer y = integer(name);
    if (y == null && has(yyName)) {
      int yy = integer(yyName);
      y = yy >= 50 ? 1900 + yy : 2000 + yy;
    }
    if (y != null && "bc".equals(text("era"))) {
      y = -y;
    }
    return y;
  }
}
