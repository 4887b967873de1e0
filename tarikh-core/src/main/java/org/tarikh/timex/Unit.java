package org.tarikh.timex;

import java.time.temporal.ChronoUnit;

/**
 * Calendar units that the lexicons name (column {@code value} of class {@code UNIT} rows): how
 * a unit is written in a TIMEX3 duration, how many base units it holds, the grain of a point
 * counted in it and the {@link ChronoUnit} used for arithmetic.
 */
public enum Unit {
  CENTURY("Y", 100, Grain.CENTURY, ChronoUnit.YEARS, false),
  DECADE("Y", 10, Grain.DECADE, ChronoUnit.YEARS, false),
  Y("Y", 1, Grain.YEAR, ChronoUnit.YEARS, false),
  Q("M", 3, Grain.QUARTER, ChronoUnit.MONTHS, false),
  M("M", 1, Grain.MONTH, ChronoUnit.MONTHS, false),
  FORTNIGHT("W", 2, Grain.WEEK, ChronoUnit.WEEKS, false),
  W("W", 1, Grain.WEEK, ChronoUnit.WEEKS, false),
  D("D", 1, Grain.DAY, ChronoUnit.DAYS, false),
  H("H", 1, Grain.HOUR, ChronoUnit.HOURS, true),
  MIN("M", 1, Grain.MINUTE, ChronoUnit.MINUTES, true),
  S("S", 1, Grain.SECOND, ChronoUnit.SECONDS, true);

  private final String letter;
  private final int size;
  private final Grain grain;
  private final ChronoUnit chrono;
  private final boolean timePart;

  Unit(String letter, int size, Grain grain, ChronoUnit chrono, boolean timePart) {
    this.letter = letter;
    this.size = size;
    this.grain = grain;
    this.chrono = chrono;
    this.timePart = timePart;
  }

  /** Letter in an ISO 8601 duration. */
  public String letter() {
    return letter;
  }

  /** Base units ({@link #letter()}) in one of this unit. */
  public int size() {
    return size;
  }

  public Grain grain() {
    return grain;
  }

  public ChronoUnit chrono() {
    return chrono;
  }

  /** True for units written after the {@code T} of a duration. */
  public boolean timePart() {
    return timePart;
  }
}
