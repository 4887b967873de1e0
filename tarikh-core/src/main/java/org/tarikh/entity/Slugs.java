package org.tarikh.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Slugs of FACTS.md ids: lower case ASCII letters and digits joined by single hyphens. Text in any
 * script is first transliterated with ICU's {@code Any-Latin; Latin-ASCII}.
 */
final class Slugs {
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Slugs() {
  }

  /**
   * The ASCII transliteration of a text. Latin text only loses its diacritics (cheap); other
   * scripts go through ICU's transliterator, built on first need.
   */
  static String ascii(String text) {
    String stripped = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) > 0x7F && Character.isLetter(stripped.charAt(i))) {
        return TO_ASCII.get().transliterate(text);
      }
    }
    return stripped;
  }

  /** The slug of a name ("Walter Kälin" → "walter-kalin"). */
  static String slug(String name) {
    String ascii = ascii(name).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(ascii.length());
    boolean hyphen = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (hyphen && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        hyphen = false;
      } else if (c != '\'') {
        hyphen = true;
      }
    }
    return b.toString();
  }
}
