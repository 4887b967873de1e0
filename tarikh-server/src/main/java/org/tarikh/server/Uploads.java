package org.tarikh.server;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tarikh.formats.Formats;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguageGuesser;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.store.IngestOutcome;

/**
 * Checks and reads an uploaded document: the request body is the file ({@code ?name=report.pdf},
 * optional {@code &lang=}); its size must be within the limit, its name must end in .txt, .html,
 * .htm, .docx or .pdf, its declared Content-Type must fit that extension, and a {@link Formats}
 * reader must accept its first bytes (a PDF starts with {@code %PDF}, a DOCX is a ZIP, text is
 * UTF-8). Then it is extracted with the standard pipeline and stored.
 */
final class Uploads {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.() -]{1,120}");
  private static final Map<String, List<String>> TYPES = Map.of(
      "txt", List.of("text/plain"),
      "html", List.of("text/html"),
      "htm", List.of("text/html"),
      "pdf", List.of("application/pdf"),
      "docx", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
  private static final Map<String, String> MAGIC = Map.of("pdf", "%PDF", "docx", "PK");
  private static final List<DocumentReader> READERS = Formats.readers();

  private final Chronicle chronicle;
  private final Pipeline pipeline;
  private final long maxBytes;

  Uploads(Chronicle chronicle, Pipeline pipeline, long maxBytes) {
    this.chronicle = chronicle;
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
  }

  Document read(Context ctx) {
    String name = Params.text(ctx, "name");
    if (name == null || !NAME.matcher(name).matches() || name.startsWith(".")) {
      throw ApiException.badRequest("name must be a plain file name such as report.pdf");
    }
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    List<String> types = TYPES.get(ext);
    if (types == null) {
      throw new ApiException(415, "unsupported-type", "only .txt, .html, .docx and .pdf documents are accepted");
    }
    String declared = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!types.contains(declared) && !declared.equals("application/octet-stream")) {
      throw new ApiException(415, "unsupported-type", "Content-Type " + declared + " does not fit ." + ext);
    }
    if (ctx.contentLength() > maxBytes) {
      throw new ApiException(413, "too-large", "documents are limited to " + maxBytes / 1_000_000 + " MB");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > maxBytes) {
      throw new ApiException(413, "too-large", "documents are limited to " + maxBytes / 1_000_000 + " MB");
    }
    String magic = MAGIC.get(ext);
    if (magic != null && !new String(bytes, 0, Math.min(bytes.length, magic.length()),
        java.nio.charset.StandardCharsets.ISO_8859_1).equals(magic)) {
      throw new ApiException(415, "unsupported-type", "the content is not a ." + ext + " file");
    }
    return document(name, ext, bytes, Params.text(ctx, "lang"));
  }

  private Document document(String name, String ext, byte[] bytes, String forcedLang) {
    Path file = Path.of(name);
    byte[] head = Arrays.copyOf(bytes, Math.min(8192, bytes.length));
    try {
      DocumentReader reader = READERS.stream().filter(r -> r.accepts(file, head)).findFirst()
          .orElseThrow(() -> new ApiException(415, "unsupported-type", "the content is not a readable ." + ext));
      ExtractedText text = reader.read(file, bytes);
      String lang = forcedLang != null ? forcedLang : text.langHint();
      if (lang == null || !chronicle.packs().contains(lang)) {
        lang = new LanguageGuesser(chronicle.packs()).guess(text.text()).orElseThrow(() ->
            new ApiException(422, "unknown-language", "cannot tell the document's language; give ?lang="));
      }
      String id = name.substring(0, name.lastIndexOf('.'));
      return new Document(id, lang, text.text(), null, name, text.format());
    } catch (InputException e) {
      throw new ApiException(422, "unreadable", e.getMessage());
    }
  }

  /** Extracts outside the store's lock (unless the content is already current), then stores. */
  IngestOutcome ingest(Document doc) {
    if (chronicle.read(s -> s.isCurrent(doc.id(), doc.text()))) {
      return chronicle.write(s -> s.ingest(doc, (org.tarikh.model.DocumentResult) null));
    }
    org.tarikh.model.DocumentResult result;
    try {
      result = pipeline.run(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return IngestOutcome.failed(doc.id(), "extraction failed: " + e);
    }
    return chronicle.write(s -> s.ingest(doc, result));
  }
}
