package org.tarikh.store.search;

/** Names of the index's fields. */
final class Fields {
  static final String KIND = "kind";
  static final String DOC = "doc";
  static final String VERSION = "version";
  static final String LANG = "lang";
  static final String EVENT = "event";
  static final String TYPE = "type";
  static final String DATE = "date";
  static final String ENTITY = "entity";
  /** The id of an entity document, for replacing it. */
  static final String ENTITY_KEY = "entity_key";
  static final String DAYS = "days";
  static final String START = "start";
  static final String END = "end";
  /** Display text (stored) and exact, normalized terms. */
  static final String TEXT = "text";
  /** The same text, stemmed (not stored). */
  static final String STEM = "stem";
  /** Entity names in every script, exact (not stemmed). */
  static final String NAMES = "names";

  private Fields() {
  }
}
