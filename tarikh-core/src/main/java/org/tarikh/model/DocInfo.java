package org.tarikh.model;

/**
 * Identity of a processed document.
 *
 * @param id file name without its extension
 * @param lang ISO 639-1 code
 * @param source path or URL it was read from, or {@code null}
 * @param format how the text was obtained ({@code text}, {@code html}, {@code docx}, {@code pdf});
 *     for anything but {@code text}, offsets are into the extracted text, which the result carries
 * @param dct document creation time (ISO date) used to resolve relative dates, or {@code null}
 */
public record DocInfo(String id, String lang, String source, String format, String dct) {
}
