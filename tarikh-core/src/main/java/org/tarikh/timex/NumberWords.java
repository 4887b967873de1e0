package org.tarikh.timex;

/**
 * Arithmetic of numbers written in words, the same in every language: a ten followed by a unit
 * adds ("twenty-seven"), a unit joined to a following ten adds ("سبعة وعشرين"), a hundred or
 * thousand multiplies ("two hundred") and a round hundred or thousand takes a smaller number
 * after it ("two thousand ten").
 */
final class NumberWords {
  private NumberWords() {
  }

  /**
   * The value of {@code a} followed by {@code b}, or {@code null} when the two do not form one
   * number.
   *
   * @param joined whether a conjunction or hyphen stood between them
   */
  static Long combine(long a, long b, boolean joined) {
    if (isTen(a) && b >= 1 && b <= 9) {
      return a + b;
    }
    if (joined && a >= 1 && a <= 9 && isTen(b)) {
      return a + b;
    }
    if ((b == 100 || b == 1000) && a >= 1 && a < b && !joined) {
      return a * b;
    }
    if (a >= 100 && a % 100 == 0 && b >= 1 && b < 100) {
      return a + b;
    }
    if (a >= 1000 && a % 1000 == 0 && b >= 100 && b < 1000 && b % 100 == 0) {
      return a + b;
    }
    return null;
  }

  private static boolean isTen(long v) {
    return v >= 20 && v <= 90 && v % 10 == 0;
  }
}
