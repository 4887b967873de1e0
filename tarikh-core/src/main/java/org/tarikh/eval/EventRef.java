package org.tarikh.eval;

/**
 * An event of one document as alignment files name it: {@code <docid>#<eventid>} (FACTS.md,
 * cross-document result).
 */
record EventRef(String doc, String event) implements Comparable<EventRef> {
  static EventRef parse(String ref) {
    int hash = ref.lastIndexOf('#');
    if (hash <= 0 || hash == ref.length() - 1) {
      throw new IllegalArgumentException("'" + ref + "' is not an event reference <docid>#<eventid>");
    }
    return new EventRef(ref.substring(0, hash), ref.substring(hash + 1));
  }

  @Override
  public int compareTo(EventRef o) {
    int c = doc.compareTo(o.doc);
    return c != 0 ? c : event.compareTo(o.event);
  }

  @Override
  public String toString() {
    return doc + "#" + event;
  }
}
