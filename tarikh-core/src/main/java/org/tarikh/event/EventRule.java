package org.tarikh.event;

import java.util.Map;

/**
 * A row of {@code events/rules.tsv}: a pattern that, matched in a clause, states a fact of
 * {@code type}; its captures fill roles (or attributes), and {@code fill} says where to look
 * for roles it left empty: {@code <} nearest entity before the trigger, {@code >} after it,
 * {@code ~} either side. When the optional {@code unless} pattern matches in the clause, the
 * rule does not apply (a decree that founds an institution is not a separate act).
 */
record EventRule(String id, EventType type, Pattern pattern, Map<String, Character> fill, Pattern unless) {
}
