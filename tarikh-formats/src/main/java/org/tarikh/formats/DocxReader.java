package org.tarikh.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;

/** Reads the paragraphs of a DOCX file (Apache POI), one paragraph per blank-line block. */
public final class DocxReader implements DocumentReader {
  @Override
  public boolean accepts(Path file, byte[] head) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
  }

  @Override
  public ExtractedText read(Path file, byte[] content) throws InputException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
      StringBuilder out = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        String t = p.getText().strip();
        if (!t.isEmpty()) {
          out.append(t).append("\n\n");
        }
      }
      String text = out.toString().strip();
      if (text.isEmpty()) {
        throw new InputException(file, "is a DOCX file without any text");
      }
      return new ExtractedText(text, "docx", null);
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, "is not a readable DOCX file (" + e.getMessage() + ")", e);
    }
  }
}
