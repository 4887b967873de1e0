package org.tarikh.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.tarikh.timex.TimexValue.Point;

/**
 * Builders of clock times, ranges of clock times and parts of a day. A clock time without a day
 * is on the DCT's day; when its hour has passed it is the next such hour (12 hours on when no
 * am/pm says otherwise, else the next day). Slots: {@code hour minute second ampm}, {@code hhmm}
 * ("1030"), {@code dir} (-1: minutes before the hour, "a quarter to noon"), {@code pod} (a
 * {@link PartOfDay}), {@code offset} (days from the DCT's), and {@code hour2 minute2 ampm2} for
 * the end of a range.
 */
final class ClockBuilders {
  private ClockBuilders() {
  }

  /** A clock reading: hour 0-23 (or 1-12 with an undecided half), minute and second, at a grain. */
  record Clock(int hour, Integer minute, Integer second, boolean decided) {
    Grain grain() {
      return second != null ? Grain.SECOND : minute != null ? Grain.MINUTE : Grain.HOUR;
    }
  }

  static Resolved time(Slots s, Context c) {
    Clock k = clock(s, "hour", "minute", "ampm");
    if (k == null) {
      return null;
    }
    if (c.dct() == null) {
      return Resolved.absolute(new Point(k.grain(), null, null, null, k.hour() % 24, k.minute(), k.second()));
    }
    LocalDateTime day = c.dct().toLocalDate().atStartOfDay().plusDays(s.integer("offset", 0));
    LocalDateTime t = at(day, k);
    LocalDateTime now = c.dct().truncatedTo(ChronoUnit.HOURS);
    if (!s.has("offset") && t.truncatedTo(ChronoUnit.HOURS).isBefore(now)) {
      t = !k.decided() && t.plusHours(12).truncatedTo(ChronoUnit.HOURS).compareTo(now) >= 0
          ? t.plusHours(12) : t.plusDays(1);
    }
    return new Resolved(Point.of(k.grain(), t).at(k.grain()), "dct", null);
  }

  /** A range of clock times on one day ("3-4pm", "9:30 - 11:00"); the end may be past midnight. */
  static Resolved timeRange(Slots s, Context c) {
    Clock b = clock(s, "hour2", "minute2", "ampm2");
    Clock a = clock(s, "hour", "minute", s.has("ampm") ? "ampm" : "ampm2");
    if (a == null || b == null) {
      return null;
    }
    if (a.decided() && !s.has("ampm") && a.hour() > b.hour()) {
      a = clock(s, "hour", "minute", "ampm");
    }
    Grain g = a.grain().finerOrEqual(b.grain()) ? a.grain() : b.grain();
    LocalDateTime day = c.dct() == null ? LocalDate.of(2000, 1, 1).atStartOfDay()
        : c.dct().toLocalDate().atStartOfDay().plusDays(s.integer("offset", 0));
    LocalDateTime from = at(day, a);
    LocalDateTime to = at(day, b);
    while (!to.isAfter(from)) {
      to = to.plusHours(12);
    }
    Point p = Point.of(g, from).at(g);
    Point q = Point.of(g, to).at(g);
    if (c.dct() == null) {
      p = new Point(g, null, null, null, p.hour(), p.minute(), p.second());
      q = new Point(g, null, null, null, q.hour(), q.minute(), q.second());
    }
    return new Resolved(new TimexValue.Interval(p, q), c.dct() == null ? null : "dct", null);
  }

  /** A part of a day, as the interval of its hours, on the DCT's day moved by {@code offset}. */
  static Resolved partOfDay(Slots s, Context c) {
    PartOfDay pod = PartOfDay.of(s.text("pod"));
    if (pod == null) {
      return null;
    }
    if (c.dct() == null) {
      return Resolved.absolute(new TimexValue.Interval(
          new Point(Grain.HOUR, null, null, null, pod.first(), null, null),
          new Point(Grain.HOUR, null, null, null, pod.last(), null, null)));
    }
    return new Resolved(onDay(pod, c.dct().toLocalDate().plusDays(s.integer("offset", 0))), "dct", null);
  }

  /**
   * A weekend from Friday 18:00 to Sunday 23:00: of the DCT's week moved by {@code offset}
   * weeks, or the {@code nth} (-1: last) weekend whose Friday is in {@code month}.
   */
  static Resolved weekend(Slots s, Context c) {
    LocalDate friday;
    String anchor = "dct";
    if (s.has("month")) {
      Resolved m = CalendarBuilders.date(s, c);
      if (m == null || !(m.value() instanceof Point p) || p.year() == null) {
        return null;
      }
      LocalDate first = LocalDate.of(p.year(), p.month(), 1);
      int nth = s.integer("nth", 1);
      friday = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY))
          : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.FRIDAY));
      anchor = m.anchor();
    } else if (c.dct() != null) {
      friday = c.dct().toLocalDate().plusWeeks(s.integer("offset", 0))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(4);
    } else {
      return null;
    }
    LocalDate sunday = friday.plusDays(2);
    return new Resolved(new TimexValue.Interval(
        new Point(Grain.HOUR, friday.getYear(), friday.getMonthValue(), friday.getDayOfMonth(), 18, null, null),
        new Point(Grain.HOUR, sunday.getYear(), sunday.getMonthValue(), sunday.getDayOfMonth(), 23, null, null)),
        anchor, null);
  }

  static TimexValue.Interval onDay(PartOfDay pod, LocalDate d) {
    return new TimexValue.Interval(
        new Point(Grain.HOUR, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), pod.first(), null, null),
        new Point(Grain.HOUR, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), pod.last(), null, null));
  }

  private static LocalDateTime at(LocalDateTime day, Clock k) {
    return day.plusHours(k.hour()).plusMinutes(k.minute() == null ? 0 : k.minute())
        .plusSeconds(k.second() == null ? 0 : k.second());
  }

  /** The clock of the slots, or {@code null} when they do not form a valid one. */
  static Clock clock(Slots s, String hourSlot, String minuteSlot, String ampmSlot) {
    Integer h = s.integer(hourSlot);
    Integer min = s.integer(minuteSlot);
    if (h == null && hourSlot.equals("hour") && s.has("hhmm")) {
      int hhmm = s.integer("hhmm");
      h = hhmm / 100;
      min = hhmm % 100;
    }
    if (h == null || h > 24 || min != null && min > 59) {
      return null;
    }
    if (s.integer("dir", 1) < 0 && hourSlot.equals("hour")) {
      h = h == 0 ? 23 : h - 1;
      min = 60 - (min == null ? 0 : min);
    }
    String ampm = s.text(ampmSlot);
    PartOfDay pod = PartOfDay.of(s.text("pod"));
    boolean pm = "pm".equals(ampm) || ampm == null && pod != null && pod.afternoon();
    if (pm && h < 12) {
      h += 12;
    } else if ("am".equals(ampm) && h == 12) {
      h = 0;
    }
    boolean decided = ampm != null || pod != null || h == 0 || h > 12 || s.has("fixed");
    return new Clock(h % 24, min, s.integer("second"), decided);
  }
}
