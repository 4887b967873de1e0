package org.tarikh.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;

/** HTML, DOCX and PDF reading, with fixtures generated in the test. */
class ReadersTest {
  private static ExtractedText read(String name, byte[] content) throws InputException {
    Path file = Path.of(name);
    for (DocumentReader r : Formats.readers()) {
      if (r.accepts(file, content)) {
        return r.read(file, content);
      }
    }
    throw new AssertionError("no reader");
  }

  @Test
  void htmlKeepsTheTextDropsScriptsAndNavigationAndGivesTheLanguage() throws InputException {
    String html = "<!DOCTYPE html><html lang=\"ar-AZ\"><head><title>t</title><style>p{}</style></head><body>"
        + "<nav>Home | About</nav><h1>انضمام أذربيجان</h1><p>في ٢ مارس عام ١٩٩٢ <b>انضمت</b> أذربيجان.</p>"
        + "<script>var x = 1992;</script><p>Second<br>line</p><footer>(c) site</footer></body></html>";
    ExtractedText t = read("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(t.format()).isEqualTo("html");
    assertThat(t.langHint()).isEqualTo("ar");
    assertThat(t.text()).isEqualTo("انضمام أذربيجان\n\nفي ٢ مارس عام ١٩٩٢ انضمت أذربيجان.\n\nSecond\nline");
  }

  @Test
  void htmlIsRecognisedByContentWhateverItsName() throws InputException {
    ExtractedText t = read("page.txt", "<html><body><p>In 1992.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(t.format()).isEqualTo("html");
    assertThat(t.text()).isEqualTo("In 1992.");
    assertThat(t.langHint()).isNull();
  }

  @Test
  void docxParagraphsBecomeBlankLineSeparatedBlocks() throws IOException, InputException {
    byte[] docx = Fixtures.docx(List.of("Azerbaijan joined the UN on 2 March 1992.", "", "انضمت أذربيجان عام ١٩٩٢."));
    ExtractedText t = read("doc.docx", docx);
    assertThat(t.format()).isEqualTo("docx");
    assertThat(t.text()).isEqualTo("Azerbaijan joined the UN on 2 March 1992.\n\nانضمت أذربيجان عام ١٩٩٢.");
  }

  @Test
  void pdfTextInAStandardFont() throws IOException, InputException {
    byte[] pdf = Fixtures.pdf(List.of("Azerbaijan joined the UN on 2 March 1992.", "UNESCO followed in 1992."));
    ExtractedText t = read("doc.pdf", pdf);
    assertThat(t.format()).isEqualTo("pdf");
    assertThat(t.text()).contains("Azerbaijan joined the UN on 2 March 1992.").contains("UNESCO followed in 1992.");
    // recognised by its %PDF header under another name too
    assertThat(read("doc.bin", pdf).format()).isEqualTo("pdf");
  }

  @Test
  void brokenFilesSayWhatTheyAreNot() throws IOException {
    byte[] junk = "this is not a zip".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read("x.docx", junk)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("x.docx: is not a readable DOCX file");
    assertThatThrownBy(() -> read("x.pdf", junk)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("x.pdf: is not a readable PDF file");
    assertThatThrownBy(() -> read("blank.pdf", Fixtures.pdf(List.of()))).isInstanceOf(InputException.class)
        .hasMessageContaining("without extractable text");
    assertThatThrownBy(() -> read("empty.docx", Fixtures.docx(List.of("", " ")))).isInstanceOf(InputException.class)
        .hasMessageContaining("DOCX file without any text");
    assertThatThrownBy(() -> read("empty.html", "<html><body><script>x</script></body></html>"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(InputException.class).hasMessageContaining("HTML without any text");
  }
}
