package org.tarikh.formats;

import java.util.List;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.PlainTextReader;

/** The readers Tarikh knows, most specific first; plain text last. */
public final class Formats {
  private Formats() {
  }

  public static List<DocumentReader> readers() {
    return List.of(new PdfReader(), new DocxReader(), new HtmlReader(), new PlainTextReader());
  }
}
