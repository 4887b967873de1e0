package org.tarikh.entity;

/**
 * A name found in the normalized text, before mentions are grouped into entities.
 *
 * @param start UTF-16 start in the normalized text
 * @param end UTF-16 end in the normalized text (exclusive)
 * @param id FACTS.md id
 * @param name canonical English name, or {@code null} to take the knowledge base's
 * @param lowConfidence whether the id was made up by transliteration
 */
record Match(int start, int end, String id, String name, boolean lowConfidence) {
  static Match of(int start, int end, String id) {
    return new Match(start, end, id, null, false);
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
