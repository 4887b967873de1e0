package org.tarikh.timex;

import java.util.Locale;
import org.tarikh.lang.TsvTable;

/**
 * How a rule's slots become a value; the {@code build} column of {@code rules.tsv} names one.
 * The builders are the universal part of the timex stage: calendar arithmetic, anchoring and
 * Hijri conversion, never words of a language.
 */
enum Build {
  /**
   * A calendar date from {@code year month day weekday} (Hijri with {@code calendar=hijri});
   * {@code nth} with {@code weekday} picks the Nth (-1: last) such weekday of the month.
   */
  DATE(CalendarBuilders::date),
  /** A named holiday of {@link Holidays} ({@code holiday}), in a year or near the DCT. */
  HOLIDAY(HolidayBuilders::holiday),
  /** The Nth day or week of a month or year ({@code nth last unit month year}). */
  NTH(NthBuilders::nth),
  /** The ISO week holding a day ("the week of October 6th"). */
  WEEKOF(NthBuilders::weekOf),
  /** A weekend, Friday evening to Sunday night: of a week near the DCT, or the Nth of a month. */
  WEEKEND(ClockBuilders::weekend),
  /** A season near the DCT ({@code season offset}), as an interval of days. */
  SEASON(SeasonBuilders::season),
  /** An interval from both ends; missing parts of one end come from the other. */
  RANGE(CalendarBuilders::range),
  /** A decade from {@code year} or {@code yy}. */
  DECADE(CalendarBuilders::decade),
  /** A century from {@code ord} (the Nth century). */
  CENTURY(CalendarBuilders::century),
  /** A quarter from {@code ord}, with {@code year} or {@code offset} from the DCT. */
  QUARTER(CalendarBuilders::quarter),
  /**
   * A weekday relative to the DCT: the next one; with {@code offset} or {@code weeks} the one
   * of a week that many weeks away; with {@code count} the Nth one forward (or back when
   * {@code offset} is negative).
   */
  WEEKDAY(CalendarBuilders::weekday),
  /** An amount of a unit. */
  DURATION(AmountBuilders::duration),
  /** A frequency. */
  SET(AmountBuilders::set),
  /** PRESENT_REF, PAST_REF, FUTURE_REF. */
  REF(AmountBuilders::ref),
  /** The unit containing the DCT shifted by {@code offset} ("next year", "today"). */
  RELATIVE(RelativeBuilders::relative),
  /** Like RELATIVE, but anchored on the latest dated timex of the text first ("the same year"). */
  ANAPHOR(RelativeBuilders::anaphor),
  /** The {@code amount} units before or after the DCT's, as an interval ("the last 2 weeks"). */
  PERIOD(RelativeBuilders::period),
  /** The DCT moved by {@code amount} units in the direction of {@code offset} ("3 days ago"). */
  SHIFT(RelativeBuilders::shift),
  /** A clock time on the DCT's day, or on a day {@code offset} days from it. */
  TIME(ClockBuilders::time),
  /** A range of clock times ("3-4pm"). */
  TIMERANGE(ClockBuilders::timeRange),
  /** A part of a day ("this evening"), as an interval of hours. */
  POD(ClockBuilders::partOfDay);

  /** Builds a value, or {@code null} when the slots do not form a valid one. */
  interface Fn {
    Resolved build(Slots slots, Context context);
  }

  private final Fn fn;

  Build(Fn fn) {
    this.fn = fn;
  }

  Resolved build(Slots slots, Context context) {
    return fn.build(slots, context);
  }

  static Build parse(String name, TsvTable.Row row) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown build '" + name + "' (known: " + java.util.Arrays.toString(values()) + ")");
    }
  }
}
