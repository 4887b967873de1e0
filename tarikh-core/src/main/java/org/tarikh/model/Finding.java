package org.tarikh.model;

/**
 * A problem found inside one document by reference checks (a wrong acronym, a session number
 * that does not fit its year, ...).
 *
 * @param kind short machine name ({@code acronym-mismatch}, {@code ga-session-year}, ...)
 * @param start first code point of the offending text
 * @param end code point after it
 * @param message what is wrong, in plain English
 * @param evidence the sentence that contains it
 * @param suggestion a correction where one is known, else {@code null}
 */
public record Finding(String kind, int start, int end, String message, String evidence,
                      String suggestion) {
}
