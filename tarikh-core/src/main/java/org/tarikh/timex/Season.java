package org.tarikh.timex;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/**
 * The seasons of the northern temperate calendar that lexicons name (class {@code SEASON}, value
 * = the lower-case constant name), each from its first day, near the solstice or equinox, to the
 * day before the next one.
 */
enum Season {
  WINTER(12, 21), SPRING(3, 21), SUMMER(6, 21), AUTUMN(9, 24);

  private final MonthDay first;

  Season(int month, int day) {
    this.first = MonthDay.of(month, day);
  }

  /** The season after this one. */
  Season next() {
    return values()[(ordinal() + 1) % 4];
  }

  /** The occurrence of this season that starts in {@code year}: first and last day. */
  LocalDate[] in(int year) {
    LocalDate start = first.atYear(year);
    return new LocalDate[] {start, next().first.atYear(this == WINTER ? year + 1 : year).minusDays(1)};
  }

  /** The occurrence of this season that holds {@code d}, or the next one to start after it. */
  LocalDate[] around(LocalDate d) {
    for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
      LocalDate[] r = in(y);
      if (!r[1].isBefore(d)) {
        return r;
      }
    }
    return in(d.getYear() + 1);
  }

  /** The season that holds {@code d}. */
  static Season of(LocalDate d) {
    Season best = WINTER;
    for (Season s : values()) {
      LocalDate[] r = s.in(s == WINTER && d.getMonthValue() <= 3 ? d.getYear() - 1 : d.getYear());
      if (!d.isBefore(r[0]) && !d.isAfter(r[1])) {
        best = s;
      }
    }
    return best;
  }

  static Season named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("unknown season '" + name + "'", e);
    }
  }
}
