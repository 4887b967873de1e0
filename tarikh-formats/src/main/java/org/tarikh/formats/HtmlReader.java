package org.tarikh.formats;

import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;
import org.tarikh.io.PlainTextReader;

/**
 * Reads HTML with jsoup: scripts, styles and navigation are dropped, block elements become
 * paragraphs (blank lines), and the {@code lang} attribute is passed on as a hint. Offsets of
 * the result refer to this extracted text, which the result carries.
 */
public final class HtmlReader implements DocumentReader {
  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8)
        .stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  @Override
  public ExtractedText read(Path file, byte[] content) throws InputException {
    String html = PlainTextReader.decode(file, content);
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header, footer, template, svg").remove();
    StringBuilder out = new StringBuilder();
    appendText(doc.body() == null ? doc : doc.body(), out);
    String text = out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    if (text.isEmpty()) {
      throw new InputException(file, "is HTML without any text");
    }
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    String hint = lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return new ExtractedText(text, "html", hint);
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (child instanceof Element e) {
        boolean block = e.isBlock() || e.normalName().equals("br");
        if (block) {
          out.append(e.normalName().equals("br") ? "\n" : "\n\n");
        }
        appendText(e, out);
        if (block && !e.normalName().equals("br")) {
          out.append("\n\n");
        }
      }
    }
  }
}
