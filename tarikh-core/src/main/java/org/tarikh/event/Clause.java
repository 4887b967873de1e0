package org.tarikh.event;

import java.util.List;

/**
 * Slots {@code [from, to)} of one clause of a sentence. {@code continues} marks a clause cut by
 * a continuing {@link ClauseRule}; {@code cutCaptures} are what that rule captured after its cut.
 */
record Clause(int from, int to, int sentence, int paragraph, boolean continues,
              List<Capture> cutCaptures) {
}
