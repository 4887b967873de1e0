package org.tarikh.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value covers, both ends included, so that date-range questions are
 * index scans: {@code 1993} → 1993-01-01..1993-12-31, {@code 1993-04} → the month,
 * {@code 2012/2013} → 2012-01-01..2013-12-31, {@code 199X} → the decade, {@code 19XX} → the
 * century. Values that are not anchored in time ({@code XXXX-09}, {@code PRESENT_REF},
 * durations) have no range.
 */
public record DateRange(LocalDate begin, LocalDate end) {
  private static final Pattern DAY = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(?<y>\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(?<y>\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(?<y>\\d{2})XX");

  public DateRange {
    if (end.isBefore(begin)) {
      throw new IllegalArgumentException("range ends before it begins: " + begin + ".." + end);
    }
  }

  /** The range of a TIMEX3 value, empty when the value is not an anchored date or interval. */
  public static Optional<DateRange> ofTimex(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Optional<DateRange> a = ofSingle(value.substring(0, slash));
      Optional<DateRange> b = ofSingle(value.substring(slash + 1));
      if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().begin())) {
        return Optional.empty();
      }
      return Optional.of(new DateRange(a.get().begin(), b.get().end()));
    }
    return ofSingle(value);
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return !begin.isAfter(other.end) && !other.begin.isAfter(end);
  }

  private static Optional<DateRange> ofSingle(String v) {
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(year(m), num(m, "m"), num(m, "d"));
        return Optional.of(new DateRange(d, d));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(year(m), num(m, "m"));
        return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = YEAR.matcher(v)).matches()) {
        return Optional.of(years(year(m), 1));
      }
      if ((m = DECADE.matcher(v)).matches()) {
        return Optional.of(years(year(m) * 10, 10));
      }
      if ((m = CENTURY.matcher(v)).matches()) {
        return Optional.of(years(year(m) * 100, 100));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static DateRange years(int first, int count) {
    return new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31));
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group("y"));
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * Parses a user's bound ({@code 1992}, {@code 1992-03}, {@code 1992-03-02}) into the range it
   * names; {@code --from} takes its first day, {@code --to} its last.
   */
  public static DateRange parseBound(String text) {
    Optional<DateRange> r = text == null ? Optional.empty() : ofSingle(text.strip());
    return r.orElseThrow(() -> new DateTimeParseException(
        "not a date like 1992, 1992-03 or 1992-03-02: '" + text + "'", String.valueOf(text), 0));
  }
}
