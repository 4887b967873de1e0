package org.tarikh.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.tarikh.timex.TimexValue.Point;

/**
 * Builds the Nth day or week of a month or year ("the last day of October 2015", "the second
 * last week of October 2018", "the first week of 2014") and the week that holds a day ("the week
 * of October 6th"). Slots: {@code nth} (-1: the last), {@code last} (-1 counts from the end),
 * {@code unit} (D or W), {@code month}, {@code year}, {@code day}. Weeks are the ISO weeks that lie
 * wholly inside the month or year; a missing year is the DCT's (next occurrence) or the text's.
 */
final class NthBuilders {
  private NthBuilders() {
  }

  static Resolved nth(Slots s, Context c) {
    Unit u = s.unit("unit");
    Integer nth = s.integer("nth");
    if (u == null || nth == null || nth == 0) {
      return null;
    }
    int n = nth * s.integer("last", 1);
    Integer m = s.integer("month");
    Resolved container = container(s, c, m);
    if (container == null || !(container.value() instanceof Point p) || p.year() == null) {
      return null;
    }
    LocalDate first = LocalDate.of(p.year(), m == null ? 1 : m, 1);
    LocalDate last = m == null ? first.plusYears(1).minusDays(1) : first.plusMonths(1).minusDays(1);
    LocalDate d = u == Unit.W ? nthWeek(first, last, n) : nthDay(first, last, n);
    if (d == null) {
      return null;
    }
    Point out = u == Unit.W ? week(d) : CalendarBuilders.day(d);
    return new Resolved(out, container.anchor(), null);
  }

  /** The ISO week that holds the day given by {@code month day} (and year). */
  static Resolved weekOf(Slots s, Context c) {
    Resolved day = CalendarBuilders.date(s, c);
    if (day == null || !(day.value() instanceof Point p) || p.year() == null || p.day() == null) {
      return null;
    }
    return new Resolved(week(LocalDate.of(p.year(), p.month(), p.day())), day.anchor(), null);
  }

  private static Resolved container(Slots s, Context c, Integer m) {
    Integer y = s.year("year", "yy");
    if (y != null) {
      return Resolved.absolute(Point.year(y));
    }
    if (m == null) {
      return null;
    }
    return CalendarBuilders.undated(m, null, null, c);
  }

  private static LocalDate nthDay(LocalDate first, LocalDate last, int n) {
    LocalDate d = n > 0 ? first.plusDays(n - 1L) : last.plusDays(n + 1L);
    return d.isBefore(first) || d.isAfter(last) ? null : d;
  }

  private static LocalDate nthWeek(LocalDate first, LocalDate last, int n) {
    LocalDate firstMonday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = last.plusDays(1).with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
        .minusWeeks(last.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1);
    LocalDate d = n > 0 ? firstMonday.plusWeeks(n - 1L) : lastMonday.plusWeeks(n + 1L);
    return d.isBefore(firstMonday) || d.isAfter(lastMonday) ? null : d;
  }

  private static Point week(LocalDate d) {
    return new Point(Grain.WEEK, d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
        null, null, null, null);
  }
}
