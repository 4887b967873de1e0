package org.tarikh.text;

/**
 * A sentence as UTF-16 indexes {@code [start, end)} into the original text, trailing space
 * excluded.
 */
public record Sentence(int start, int end) {
}
