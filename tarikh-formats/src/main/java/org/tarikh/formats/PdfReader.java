package org.tarikh.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;

/** Reads the text of a PDF file (Apache PDFBox), in logical order. */
public final class PdfReader implements DocumentReader {
  @Override
  public boolean accepts(Path file, byte[] head) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
        || head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
  }

  @Override
  public ExtractedText read(Path file, byte[] content) throws InputException {
    try (PDDocument doc = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      stripper.setParagraphEnd("\n\n");
      String text = stripper.getText(doc).replace("\r\n", "\n").strip();
      if (text.isEmpty()) {
        throw new InputException(file, "is a PDF without extractable text (a scan? run OCR first)");
      }
      return new ExtractedText(text, "pdf", null);
    } catch (IOException e) {
      throw new InputException(file, "is not a readable PDF file (" + e.getMessage() + ")", e);
    }
  }
}
