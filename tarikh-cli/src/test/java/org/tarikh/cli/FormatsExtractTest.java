package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.io.FactsJson;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;

/** Extracting HTML, DOCX and PDF: the result carries its text and every offset points into it. */
class FormatsExtractTest {
  private static final String EN = "Azerbaijan became a member of the United Nations on 2 March 1992.";

  @TempDir
  Path tmp;

  private DocumentResult extract(String name, byte[] content) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    Cli.Result r = Cli.run("extract", "-q", "--out", tmp.resolve("out").toString(), file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return FactsJson.readResult(tmp.resolve("out").resolve(DocumentLoader.docId(file) + ".json"), null);
  }

  @Test
  void html() throws IOException {
    String html = "<html lang=\"en\"><body><nav>Menu</nav><p>" + EN + "</p><p>In September 1994 it joined.</p></body></html>";
    DocumentResult r = extract("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.doc().format()).isEqualTo("html");
    assertThat(r.doc().lang()).isEqualTo("en");
    assertThat(r.text()).isEqualTo(EN + "\n\nIn September 1994 it joined.");
    assertOffsetsPointIntoText(r);
  }

  @Test
  void docx() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(EN);
      doc.createParagraph().createRun().setText("انضمت أذربيجان إلى اليونسكو عام ١٩٩٢.");
      doc.write(out);
      docx = out.toByteArray();
    }
    DocumentResult r = extract("report.docx", docx);
    assertThat(r.doc().format()).isEqualTo("docx");
    assertThat(r.text()).isEqualTo(EN + "\n\nانضمت أذربيجان إلى اليونسكو عام ١٩٩٢.");
    assertOffsetsPointIntoText(r);
  }

  @Test
  void pdf() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText(EN);
        cs.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    DocumentResult r = extract("paper.pdf", pdf);
    assertThat(r.doc().format()).isEqualTo("pdf");
    assertThat(r.doc().lang()).isEqualTo("en");
    assertThat(r.text()).isEqualTo(EN);
    assertOffsetsPointIntoText(r);
  }

  private static void assertOffsetsPointIntoText(DocumentResult r) {
    String text = r.text();
    int length = text.codePointCount(0, text.length());
    for (Timex t : r.timexes()) {
      assertThat(slice(text, t.span(), length)).as("timex %s", t).isEqualTo(t.text());
    }
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(slice(text, m.span(), length)).as("mention of %s", e.id()).isNotBlank();
      }
    }
    for (Event e : r.events()) {
      assertThat(slice(text, e.evidence().span(), length)).as("evidence of %s", e.id()).isEqualTo(e.evidence().text());
    }
  }

  private static String slice(String text, Span s, int length) {
    assertThat(s.end()).isLessThanOrEqualTo(length);
    return text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()));
  }
}
