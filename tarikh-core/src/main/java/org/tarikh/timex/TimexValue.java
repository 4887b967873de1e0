package org.tarikh.timex;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A normalized temporal value, kept typed until it is written as a TIMEX3 string with
 * {@link #timex3()}: a calendar {@link Point}, an {@link Interval} of two points, a
 * {@link Duration}, a {@link Frequency} (a SET) or a {@link Reference} (PRESENT_REF ...).
 */
public sealed interface TimexValue {
  /** The TIMEX3-style value string (FACTS.md "Values"). */
  String timex3();

  /** The TIMEX3 type this value is written with. */
  org.tarikh.model.TimexType type();

  /**
   * A point at some grain; {@code null} fields are unknown and written as X. For a decade or
   * century {@code year} is its first year; for a quarter or week {@code month} holds its number.
   */
  record Point(Grain grain, Integer year, Integer month, Integer day, Integer hour,
               Integer minute, Integer second) implements TimexValue {
    public static Point year(Integer y) {
      return new Point(Grain.YEAR, y, null, null, null, null, null);
    }

    public static Point of(Grain g, LocalDateTime t) {
      int sub = switch (g) {
        case QUARTER -> (t.getMonthValue() - 1) / 3 + 1;
        case WEEK -> t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        default -> t.getMonthValue();
      };
      int y = g == Grain.WEEK ? t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) : t.getYear();
      y = g == Grain.DECADE ? y - Math.floorMod(y, 10) : g == Grain.CENTURY ? y - Math.floorMod(y, 100) : y;
      return new Point(g, y, sub, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }

    @Override
    public String timex3() {
      String y = year == null ? "XXXX" : year < 0 ? String.format(Locale.ROOT, "-%04d", -year)
          : String.format(Locale.ROOT, "%04d", year);
      return switch (grain) {
        case CENTURY -> year == null ? "XX" : y.substring(0, y.length() - 2) + "XX";
        case DECADE -> year == null ? "XXX" : y.substring(0, y.length() - 1) + "X";
        case YEAR -> y;
        case QUARTER -> y + "-Q" + (month == null ? "X" : month);
        case MONTH -> y + "-" + two(month);
        case WEEK -> y + "-W" + two(month);
        case DAY -> y + "-" + two(month) + "-" + two(day);
        case HOUR -> y + "-" + two(month) + "-" + two(day) + "T" + two(hour);
        case MINUTE -> y + "-" + two(month) + "-" + two(day) + "T" + two(hour) + ":" + two(minute);
        case SECOND -> y + "-" + two(month) + "-" + two(day) + "T" + two(hour) + ":" + two(minute)
            + ":" + two(second);
      };
    }

    @Override
    public org.tarikh.model.TimexType type() {
      return grain.finerOrEqual(Grain.HOUR) ? org.tarikh.model.TimexType.TIME
          : org.tarikh.model.TimexType.DATE;
    }

    /** The same point cut down to a coarser grain. */
    public Point at(Grain g) {
      return new Point(g, year, g.finerOrEqual(Grain.QUARTER) ? month : null,
          g.finerOrEqual(Grain.DAY) ? day : null, g.finerOrEqual(Grain.HOUR) ? hour : null,
          g.finerOrEqual(Grain.MINUTE) ? minute : null, g == Grain.SECOND ? second : null);
    }

    private static String two(Integer v) {
      return v == null ? "XX" : v < 10 ? "0" + v : String.valueOf(v);
    }
  }

  /** A closed interval (both ends included at their grain); a {@code null} end is open. */
  record Interval(Point from, Point to) implements TimexValue {
    @Override
    public String timex3() {
      return (from == null ? ".." : from.timex3()) + "/" + (to == null ? ".." : to.timex3());
    }

    @Override
    public org.tarikh.model.TimexType type() {
      return (from != null ? from : to).type();
    }
  }

  /** An amount of a unit; a {@code null} amount is vague ({@code PXY}). */
  record Duration(Integer amount, Unit unit) implements TimexValue {
    @Override
    public String timex3() {
      String n = amount == null ? "X" : String.valueOf(amount * unit.size());
      return "P" + (unit.timePart() ? "T" : "") + n + unit.letter();
    }

    @Override
    public org.tarikh.model.TimexType type() {
      return org.tarikh.model.TimexType.DURATION;
    }
  }

  /** A frequency: once per period. */
  record Frequency(Duration period) implements TimexValue {
    @Override
    public String timex3() {
      return period.timex3();
    }

    @Override
    public org.tarikh.model.TimexType type() {
      return org.tarikh.model.TimexType.SET;
    }
  }

  /** A deictic reference: {@code PRESENT_REF}, {@code PAST_REF} or {@code FUTURE_REF}. */
  record Reference(String name) implements TimexValue {
    @Override
    public String timex3() {
      return name;
    }

    @Override
    public org.tarikh.model.TimexType type() {
      return org.tarikh.model.TimexType.DATE;
    }
  }
}
