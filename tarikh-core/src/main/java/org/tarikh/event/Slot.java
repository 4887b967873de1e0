package org.tarikh.event;

import org.tarikh.model.Entity;
import org.tarikh.model.Timex;

/**
 * One unit of the stream that event patterns match: a token of the normalized text, or a whole
 * entity mention or timex collapsed into one slot. {@code start}/{@code end} are UTF-16 indexes
 * into the normalized text. {@code forms} are the spellings a word literal may match: the token
 * itself and the token without each proclitic of the language ({@code والقرار} gives
 * {@code القرار}, {@code قرار}); {@code formOffsets} says where each form starts in the token.
 * {@code entity} is set on ENTITY slots, and on a WORD that an anaphoric phrase resolved
 * ({@link AnaphorResolver}).
 */
record Slot(Kind kind, int start, int end, String text, String[] forms, int[] formOffsets,
            Entity entity, Timex timex) {

  /** What a slot stands for. */
  enum Kind {
    WORD, NUMBER, PUNCT,
    /** A proclitic written against the next slot ({@code و} of {@code و853}, {@code ل} of {@code لمنظمة}). */
    CLITIC,
    ENTITY, TIMEX
  }

  /** This word standing for {@code referent} (an anaphoric head such as "organization", "البلد"). */
  Slot withReferent(Entity referent) {
    return new Slot(kind, start, end, text, forms, formOffsets, referent, timex);
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
