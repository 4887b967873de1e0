/**
 * Temporal expressions: {@link org.tarikh.timex.TimexStage} finds and normalizes DATE, TIME,
 * DURATION and SET expressions. Language knowledge is data in each pack's {@code timex/}
 * folder: {@code lexicon.tsv} (surface, class, value; written once) and {@code rules.tsv}
 * (named patterns over lexicon and number classes with named slots). They are compiled once per
 * pack into a {@link org.tarikh.timex.TimexModel}; matching runs on the normalized text and only
 * tries rules at items that can start them; neighbouring matches that name one time ("tomorrow at
 * 5pm") are joined by {@code Composer}. The universal part is Java and shared data: number-word
 * arithmetic, calendar building ({@code Build}), clock times and parts of day, anchoring on the
 * DCT or the text, Hijri conversion, holidays ({@code org/tarikh/timex/holidays.tsv}: fixed,
 * Nth weekday, Easter computus, Hijri, Hebrew and Chinese calendars via ICU4J; packs only name
 * them), and the typed {@link org.tarikh.timex.TimexValue} written as TIMEX3 at the end.
 * {@link org.tarikh.timex.PhraseNormalizer} serves the phrase mode of {@code tarikh normalize}.
 */
package org.tarikh.timex;
