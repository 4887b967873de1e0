package org.tarikh.report;

import java.util.Locale;

/** Reader-facing names of schema terms: {@code RESOLUTION_ADOPTED} is "Resolution adopted". */
final class Labels {
  private Labels() {
  }

  static String type(String type) {
    if (type == null || type.isEmpty()) {
      return "Fact";
    }
    String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A hue (0-359) for a fact type, stable across pages, spread over 12 steps. */
  static int hue(String type) {
    return Math.floorMod(type == null ? 0 : type.hashCode(), 12) * 30;
  }

  static String plural(int n, String one) {
    return n + " " + (n == 1 ? one : one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies"
        : one + "s");
  }
}
