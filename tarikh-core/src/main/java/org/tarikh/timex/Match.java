package org.tarikh.timex;

import java.util.Map;

/**
 * A rule that matched items {@code [from, to)}; the reported span is items
 * {@code [spanFrom, spanTo)}.
 */
record Match(Rule rule, int from, int to, int spanFrom, int spanTo, Map<String, String> slots) {
}
