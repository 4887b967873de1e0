package org.tarikh.event;

/**
 * How often a fact of an event type repeats for the same participants (column {@code recurs} of
 * {@code org/tarikh/event/types.tsv}); the aligner and the checks read it to tell a repeated fact
 * from a conflicting date.
 */
public enum Recurrence {
  /** Once for the same participants (admission, independence). */
  NEVER,
  /** Seldom (an appointment, an award). */
  RARELY,
  /** Routinely (addresses, meetings, resolutions). */
  OFTEN
}
