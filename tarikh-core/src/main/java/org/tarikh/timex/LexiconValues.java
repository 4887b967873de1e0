package org.tarikh.timex;

import java.util.Locale;

/**
 * Checks the values of lexicon classes whose value names a concept of this package, so that a
 * typo in a pack fails when the pack is loaded (naming file and line), not while a text is read:
 * holidays ({@link Holidays}), parts of a day ({@link PartOfDay}), seasons ({@link Season}),
 * units ({@link Unit}) and time-zone offsets (minutes).
 */
final class LexiconValues {
  private LexiconValues() {
  }

  /** Why {@code value} is not valid for class {@code cls}, or {@code null} when it is. */
  static String problem(String cls, String value) {
    return switch (cls) {
      case "HOLIDAY", "HOLIDAYAMB" -> Holidays.standard().knows(value) ? null
          : "unknown holiday '" + value + "' (not in org/tarikh/timex/holidays.tsv)";
      case "PARTOFDAY", "TONIGHTPOD" -> named(PartOfDay.class, value);
      case "SEASON" -> named(Season.class, value);
      case "UNIT", "UNITPL", "UNIT1", "UNIT2", "UNITDEF", "UNITPLDEF", "DWUNIT", "DWUNITDEF", "CALUNIT",
           "EDGEUNIT", "FREQ", "YEARUNIT", "MONTHUNIT", "ANAPHDAY" -> named(Unit.class, value);
      case "TZ" -> value.matches("-?\\d{1,3}") ? null : "time-zone offset '" + value + "' is not minutes";
      default -> null;
    };
  }

  private static <E extends Enum<E>> String named(Class<E> type, String value) {
    try {
      Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      return null;
    } catch (IllegalArgumentException e) {
      return "unknown " + type.getSimpleName() + " '" + value + "'";
    }
  }
}
