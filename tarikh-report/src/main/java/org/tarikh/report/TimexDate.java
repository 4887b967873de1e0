package org.tarikh.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's TIMEX3 value placed on the time axis: the first and last day it can cover, and a label
 * for readers. {@code 1992-03-02}, {@code 1992-03}, {@code 1992}, decades {@code 199X}, centuries
 * {@code 19XX} and intervals {@code 2012/2013} are placed; values the axis cannot place
 * ({@code XXXX-09}, {@code PRESENT_REF}, durations) are underspecified and sort after all others.
 * Order: by first day, then the wider value first, then by value. Public for the web chronicle,
 * which places facts the same way.
 */
public record TimexDate(String value, LocalDate first, LocalDate last) implements Comparable<TimexDate> {
  private static final Pattern POINT = Pattern.compile(
      "(?<year>[0-9]{2}[0-9X]{2})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?)?(?:[-T].*)?");
  private static final Comparator<TimexDate> ORDER = Comparator
      .comparing(TimexDate::underspecified)
      .thenComparing(TimexDate::first, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TimexDate::last, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(TimexDate::value);

  /** Parses a TIMEX3 value; never fails (what cannot be placed is underspecified). */
  public static TimexDate of(String value) {
    String v = value == null ? "" : value.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      TimexDate from = of(v.substring(0, slash));
      TimexDate to = of(v.substring(slash + 1));
      if (!from.underspecified() && !to.underspecified()) {
        LocalDate first = from.first.isBefore(to.first) ? from.first : to.first;
        LocalDate last = from.last.isAfter(to.last) ? from.last : to.last;
        return new TimexDate(v, first, last);
      }
      return new TimexDate(v, null, null);
    }
    Matcher m = POINT.matcher(v);
    if (!m.matches()) {
      return new TimexDate(v, null, null);
    }
    return point(v, m);
  }

  private static TimexDate point(String v, Matcher m) {
    String year = m.group("year");
    int x = year.length() - year.replace("X", "").length();
    if (x > 0 && (m.group("month") != null || !year.endsWith("X".repeat(x)))) {
      return new TimexDate(v, null, null);
    }
    int span = (int) Math.pow(10, x);
    int y = Integer.parseInt(year.replace('X', '0'));
    try {
      if (m.group("day") != null) {
        LocalDate d = LocalDate.of(y, Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
        return new TimexDate(v, d, d);
      }
      if (m.group("month") != null) {
        LocalDate d = LocalDate.of(y, Integer.parseInt(m.group("month")), 1);
        return new TimexDate(v, d, d.plusMonths(1).minusDays(1));
      }
    } catch (java.time.DateTimeException e) {
      return new TimexDate(v, null, null);
    }
    return new TimexDate(v, LocalDate.of(y, 1, 1), LocalDate.of(y + span - 1, 12, 31));
  }

  /** Whether the axis cannot place it. */
  public boolean underspecified() {
    return first == null;
  }

  /** Year of the first day, or {@code null} when underspecified. */
  Integer year() {
    return first == null ? null : first.getYear();
  }

  /** The value as a reader says it: {@code 2 March 1992}, {@code 1990s}, {@code 2012 – 2013}. */
  public String label() {
    int slash = value.indexOf('/');
    if (slash > 0) {
      return of(value.substring(0, slash)).label() + " – " + of(value.substring(slash + 1)).label();
    }
    Matcher m = POINT.matcher(value);
    if (underspecified() || !m.matches()) {
      return underspecifiedLabel();
    }
    String year = m.group("year");
    if (year.endsWith("XX")) {
      int century = Integer.parseInt(year.substring(0, 2)) + 1;
      return ordinal(century) + " century";
    }
    if (year.endsWith("X")) {
      return year.substring(0, 3) + "0s";
    }
    String month = m.group("month") == null ? null : monthName(m.group("month"));
    if (month == null) {
      return year;
    }
    String day = m.group("day");
    return (day == null ? "" : Integer.parseInt(day) + " ") + month + " " + year;
  }

  private String underspecifiedLabel() {
    switch (value) {
      case "PRESENT_REF":
        return "present";
      case "PAST_REF":
        return "past";
      case "FUTURE_REF":
        return "future";
      default:
        break;
    }
    Matcher m = Pattern.compile("XXXX-(?<month>[0-9]{2}).*").matcher(value);
    if (m.matches() && monthName(m.group("month")) != null) {
      return monthName(m.group("month")) + ", year unknown";
    }
    return value.isEmpty() ? "undated" : "date unknown";
  }

  private static String monthName(String mm) {
    int n = Integer.parseInt(mm);
    return n >= 1 && n <= 12 ? Month.of(n).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : null;
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  @Override
  public int compareTo(TimexDate o) {
    return ORDER.compare(this, o);
  }
}
