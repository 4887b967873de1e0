/**
 * Temporal expressions: {@link org.tarikh.timex.TimexStage} finds and normalizes DATE, TIME,
 * DURATION and SET expressions. Language knowledge is data in each pack's {@code timex/}
 * folder: {@code lexicon.tsv} (surface, class, value; written once) and {@code rules.tsv}
 * (named patterns over lexicon and number classes with named slots). They are compiled once per
 * pack into a {@link org.tarikh.timex.TimexModel}; matching runs on the normalized text and only
 * tries rules at items that can start them. The universal part is Java: number-word arithmetic,
 * calendar building ({@code Build}), anchoring on the DCT or the text, Hijri conversion, and the
 * typed {@link org.tarikh.timex.TimexValue} written as TIMEX3 at the end.
 * {@link org.tarikh.timex.PhraseNormalizer} serves the phrase mode of {@code tarikh normalize}.
 */
package org.tarikh.timex;
