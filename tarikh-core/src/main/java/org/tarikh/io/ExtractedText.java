package org.tarikh.io;

/**
 * Text read from a file: the text every offset will refer to and the format it came from
 * ({@code text}, {@code html}, {@code docx}, {@code pdf}).
 *
 * @param langHint a language the file declares (HTML {@code lang}), or {@code null}
 */
public record ExtractedText(String text, String format, String langHint) {
}
