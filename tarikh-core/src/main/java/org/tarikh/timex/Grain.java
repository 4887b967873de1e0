package org.tarikh.timex;

/** How precise a calendar point is, from a century down to a second. */
public enum Grain {
  CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND;

  /** True when this grain is at least as fine as {@code other}. */
  public boolean finerOrEqual(Grain other) {
    return ordinal() >= other.ordinal();
  }
}
