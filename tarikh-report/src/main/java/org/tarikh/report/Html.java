package org.tarikh.report;

/**
 * The one escaping helper of the report: everything taken from a document, a result or a file
 * name goes through {@link #esc} before it reaches the page, in text and in attribute values.
 */
final class Html {
  private Html() {
  }

  /** Escapes text for an HTML text node or a quoted attribute value. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code name="value"} with the value escaped, preceded by a space. */
  static String attr(String name, String value) {
    return " " + name + "=\"" + esc(value) + "\"";
  }

  /** A fragment link to an element id. */
  static String href(String id) {
    return attr("href", "#" + id);
  }
}
