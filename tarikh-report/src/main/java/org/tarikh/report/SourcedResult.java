package org.tarikh.report;

import java.util.Objects;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.text.CodePointIndex;

/**
 * One document's extraction result with the text its offsets refer to (the file's text for plain
 * text input, the extracted text for HTML, DOCX and PDF). The constructor checks that they belong
 * together: every evidence lies inside the text and, where the result quotes it, reads the same.
 */
public record SourcedResult(DocumentResult result, String text) {
  public SourcedResult {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(text, "text");
    check(result, text);
  }

  /** The result with the text it carries itself (HTML, DOCX, PDF input). */
  public static SourcedResult of(DocumentResult result) {
    if (result.text() == null) {
      throw new ReportException("the result of '" + result.doc().id()
          + "' does not carry its text; give the document text too");
    }
    return new SourcedResult(result, result.text());
  }

  public String docId() {
    return result.doc().id();
  }

  /** The code points {@code [start, end)} of the text. */
  public String slice(int start, int end) {
    return slice(text, new CodePointIndex(text), start, end);
  }

  static String slice(String text, CodePointIndex index, int start, int end) {
    return text.substring(index.toChar(start), index.toChar(end));
  }

  private static void check(DocumentResult result, String text) {
    CodePointIndex index = new CodePointIndex(text);
    int length = index.codePointLength();
    for (Event e : result.events()) {
      int start = e.evidence().start();
      int end = e.evidence().end();
      if (end > length) {
        throw new ReportException("the text given for '" + result.doc().id() + "' is not the one its "
            + "result was made from: evidence of " + e.id() + " ends at " + end
            + " but the text has " + length + " characters");
      }
      String quoted = e.evidence().text();
      if (quoted != null && !quoted.equals(slice(text, index, start, end))) {
        throw new ReportException("the text given for '" + result.doc().id() + "' is not the one its "
            + "result was made from: evidence of " + e.id() + " at " + start + "-" + end
            + " reads differently");
      }
    }
  }
}
