package org.tarikh.lang;

import java.util.Collection;

/** A language code for which no pack was found; the message lists the packs there are. */
public final class UnknownLanguageException extends RuntimeException {
  public UnknownLanguageException(String code, Collection<String> available) {
    super("no language pack for '" + code + "' (available: " + String.join(", ", available) + ")");
  }
}
