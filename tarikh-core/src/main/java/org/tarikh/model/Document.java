package org.tarikh.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document ready for analysis: its text (as read, BOM removed) and what is known about it.
 *
 * @param id file name without extension
 * @param lang ISO 639-1 code of a discovered language pack
 * @param text the text every offset refers to
 * @param dct document creation time, or {@code null} when unknown (relative dates then stay
 *     underspecified)
 * @param source where it was read from, or {@code null}
 * @param format {@code text}, {@code html}, {@code docx} or {@code pdf}
 */
public record Document(String id, String lang, String text, LocalDate dct, String source,
                       String format) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    if (format == null) {
      format = "text";
    }
  }

  public static Document of(String id, String lang, String text) {
    return new Document(id, lang, text, null, null, "text");
  }
}
