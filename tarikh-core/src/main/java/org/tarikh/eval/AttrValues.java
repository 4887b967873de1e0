package org.tarikh.eval;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How event attrs compare when scored. Values come from JSON (strings, numbers, lists, objects)
 * and are compared in a canonical form:
 * <ul>
 *   <li>a number and a string of the same number are equal ({@code 179} and {@code "179"}), as
 *       FACTS.md gives numbers, sessions and ordinals as digit strings and votes as integers;</li>
 *   <li>a list compares as a set: order and repetition do not matter ({@code numbers} lists
 *       resolutions, whose order in the text carries no meaning);</li>
 *   <li>an object ({@code votes}) compares key by key and must have the same keys.</li>
 * </ul>
 * Free-text {@code topic} and {@code name} are not annotated in gold and never scored.
 */
final class AttrValues {
  static final Set<String> UNSCORED = Set.of("topic", "name");

  private AttrValues() {
  }

  static boolean same(Object gold, Object pred) {
    return canonical(gold).equals(canonical(pred));
  }

  static Object canonical(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (v instanceof String s) {
      return canonicalString(s.strip());
    }
    if (v instanceof Collection<?> c) {
      Set<String> out = new TreeSet<>();
      c.forEach(x -> out.add(canonical(x).toString()));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), canonical(x)));
      return out;
    }
    return v.toString();
  }

  private static String canonicalString(String s) {
    if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new BigDecimal(s).toPlainString();
    }
    return s;
  }
}
