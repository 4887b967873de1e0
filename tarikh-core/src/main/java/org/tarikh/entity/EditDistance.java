package org.tarikh.entity;

/** Whether two strings differ by at most one insertion, deletion or substitution. */
final class EditDistance {
  private EditDistance() {
  }

  static boolean atMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == a.length() || i == b.length()) {
      return true;
    }
    return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1) && a.length() == b.length()
        || a.regionMatches(i + 1, b, i, b.length() - i) && a.length() == b.length() + 1
        || a.regionMatches(i, b, i + 1, a.length() - i) && b.length() == a.length() + 1;
  }
}
