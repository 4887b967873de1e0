package org.tarikh.event;

/**
 * What one capturing element of a pattern matched: slots {@code [from, to)}, the normalized
 * range they cover, and a typed value ({@link org.tarikh.model.Entity} for an entity slot,
 * {@link String} for a number or timex value, {@code List<String>} for a number list, and
 * {@code null} for text copied verbatim from the range).
 */
record Capture(String name, int from, int to, int normStart, int normEnd, Object value) {
}
