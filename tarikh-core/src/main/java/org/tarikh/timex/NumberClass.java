package org.tarikh.timex;

/**
 * Classes that rules may name without a lexicon row: tests on an item's numeric value and how
 * it is written, and {@link #WORD} for any word the lexicon does not know. They are the same for every language.
 */
enum NumberClass {
  /** Any cardinal number, in digits or words. */
  NUM,
  /** An ordinal written in words (lexicon class {@code ORD}). */
  ORD,
  /** Digits only. */
  INT,
  /** Four digits from 1000 to 2100 (a plausible year, Gregorian or Hijri). */
  YEAR,
  /** Exactly two digits (an abbreviated year, "'97"). */
  YY,
  /** 1 to 31 in at most two digits or in words. */
  DAY,
  /** 1 to 12 in at most two digits. */
  MONTHNUM,
  /** 0 to 24 in at most two digits, or 1 to 12 in words. */
  HOUR,
  /** Exactly two digits from 00 to 59. */
  MINUTE,
  /** 0 to 24 in at most two digits. */
  HOURD,
  /** 1 to 12 in words ("ten" thirty). */
  HOURW,
  /** 10 to 59 in words (ten "thirty", "fifty-nine"). */
  MINW,
  /** Not a number: a word that no lexicon class names (used in guards: "at 5 locations"). */
  WORD,
  /** Three or four digits read as a clock, hours then minutes ("330", "1030"). */
  HHMM;

  static NumberClass parse(String name) {
    for (NumberClass c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  boolean test(Item it) {
    if (this == WORD) {
      return it.number() == null && it.classes().isEmpty() && !it.text().isEmpty()
          && Character.isLetter(it.text().codePointAt(0));
    }
    Long n = it.number();
    if (n == null) {
      return false;
    }
    int d = it.digits();
    return switch (this) {
      case NUM -> !it.has(ItemAnnotator.ORD);
      case ORD -> it.has(ItemAnnotator.ORD);
      case INT -> d > 0;
      case YEAR -> d == 4 && n >= 1000 && n <= 2100;
      case YY -> d == 2;
      case DAY -> n >= 1 && n <= 31 && d <= 2;
      case MONTHNUM -> n >= 1 && n <= 12 && d > 0 && d <= 2;
      case HOUR -> d > 0 ? d <= 2 && n <= 24 : n >= 1 && n <= 12 && it.text().indexOf(' ') < 0;
      case MINUTE -> d == 2 && n <= 59;
      case WORD -> false;
      case HOURD -> d > 0 && d <= 2 && n <= 24;
      case HOURW -> d == 0 && n >= 1 && n <= 12 && !it.has(ItemAnnotator.ORD);
      case MINW -> d == 0 && n >= 10 && n <= 59 && !it.has(ItemAnnotator.ORD);
      case HHMM -> (d == 3 || d == 4) && n % 100 <= 59 && n / 100 <= 23;
    };
  }
}
