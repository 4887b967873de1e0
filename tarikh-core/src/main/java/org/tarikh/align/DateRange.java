package org.tarikh.align;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value covers, both ends included: {@code 1993} is the whole year,
 * {@code 1993-04-30} one day, {@code 199X} a decade, {@code 2012/2013} an interval of two years.
 * Values that name no anchored time ({@code XXXX-09}, {@code PRESENT_REF}, durations) are
 * {@link #UNKNOWN}. Comparing two ranges tells whether one is merely coarser than the other.
 *
 * @param first first day covered, or {@code null} when unknown
 * @param last last day covered, or {@code null} when unknown
 */
public record DateRange(LocalDate first, LocalDate last) {
  /** A value that anchors no time. */
  public static final DateRange UNKNOWN = new DateRange(null, null);

  private static final Pattern POINT = Pattern.compile(
      "(?<century>\\d{2})(?:XX|(?<decade>\\d)X|(?<year>\\d{2})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2})(?:T[0-9A-Z:.]*)?)?)?)");

  /** How two ranges relate. */
  public enum Relation {
    /** Same days. */
    EQUAL,
    /** The first range strictly contains the second (the first is coarser). */
    CONTAINS,
    /** The first range lies strictly inside the second. */
    WITHIN,
    /** They share days but neither contains the other. */
    OVERLAP,
    /** No day in common. */
    DISJOINT,
    /** At least one side is not anchored. */
    UNKNOWN;

    /** True when the two values agree: equal, or one merely coarser than the other. */
    public boolean agrees() {
      return this == EQUAL || this == CONTAINS || this == WITHIN;
    }

    /** True when the values contradict each other. */
    public boolean conflicts() {
      return this == OVERLAP || this == DISJOINT;
    }
  }

  /** Parses a TIMEX3 value; anything it cannot anchor is {@link #UNKNOWN}. */
  public static DateRange parse(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      DateRange a = point(value.substring(0, slash));
      DateRange b = point(value.substring(slash + 1));
      if (!a.known() || !b.known()) {
        return UNKNOWN;
      }
      return a.first.isAfter(b.first) ? new DateRange(b.first, a.last) : new DateRange(a.first, b.last);
    }
    return point(value);
  }

  private static DateRange point(String v) {
    Matcher m = POINT.matcher(v.strip());
    if (!m.matches()) {
      return UNKNOWN;
    }
    int century = Integer.parseInt(m.group("century")) * 100;
    try {
      if (m.group("year") == null && m.group("decade") == null) {
        return years(century, century + 99);
      }
      if (m.group("year") == null) {
        int decade = century + Integer.parseInt(m.group("decade")) * 10;
        return years(decade, decade + 9);
      }
      return yearMonthDay(v.strip().substring(0, 4), m.group("month"), m.group("day"));
    } catch (java.time.DateTimeException e) {
      return UNKNOWN;
    }
  }

  private static DateRange yearMonthDay(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (month == null) {
      return years(y, y);
    }
    YearMonth ym = YearMonth.of(y, Integer.parseInt(month));
    if (day == null) {
      return new DateRange(ym.atDay(1), ym.atEndOfMonth());
    }
    LocalDate d = ym.atDay(Integer.parseInt(day));
    return new DateRange(d, d);
  }

  private static DateRange years(int from, int to) {
    return new DateRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
  }

  /** True when the value anchors days. */
  public boolean known() {
    return first != null;
  }

  /** Number of days covered (0 when unknown). */
  public long days() {
    return known() ? last.toEpochDay() - first.toEpochDay() + 1 : 0;
  }

  /** True when the range includes this day. */
  public boolean includes(LocalDate day) {
    return known() && !day.isBefore(first) && !day.isAfter(last);
  }

  /** How this range relates to another. */
  public Relation relate(DateRange o) {
    if (!known() || !o.known()) {
      return Relation.UNKNOWN;
    }
    if (first.equals(o.first) && last.equals(o.last)) {
      return Relation.EQUAL;
    }
    if (last.isBefore(o.first) || o.last.isBefore(first)) {
      return Relation.DISJOINT;
    }
    if (!first.isAfter(o.first) && !last.isBefore(o.last)) {
      return Relation.CONTAINS;
    }
    if (!o.first.isAfter(first) && !o.last.isBefore(last)) {
      return Relation.WITHIN;
    }
    return Relation.OVERLAP;
  }
}
