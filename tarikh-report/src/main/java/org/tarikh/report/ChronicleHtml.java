package org.tarikh.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tarikh.Tarikh;

/**
 * Writes the whole page: head with the inlined stylesheet ({@code chronicle.css}) and a content
 * security policy that forbids any network access, the masthead, then Conflicts, Findings,
 * Consistency, the Timeline and the Documents, and the inlined script ({@code chronicle.js}).
 * Both resources live next to this class.
 */
final class ChronicleHtml {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-inline'; img-src data:";

  private ChronicleHtml() {
  }

  static String page(ChronicleView view) {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\"").append(Html.attr("content", CSP)).append('>')
        .append("<meta name=\"generator\"").append(Html.attr("content", "Tarikh " + Tarikh.version())).append('>')
        .append("<title>").append(Html.esc(title(view))).append("</title><style>")
        .append(resource("chronicle.css")).append("</style></head><body>");
    masthead(out, view);
    out.append("<main>");
    ConflictsHtml.write(out, view);
    SummaryHtml.findings(out, view);
    SummaryHtml.consistency(out, view);
    TimelineHtml.write(out, view);
    DocumentsHtml.write(out, view);
    out.append("</main><footer>Made by Tarikh ").append(Html.esc(Tarikh.version()))
        .append(". Offsets are Unicode code points of each document's text.</footer>");
    out.append("<script>").append(resource("chronicle.js")).append("</script></body></html>\n");
    return out.toString();
  }

  private static String title(ChronicleView view) {
    return "Chronicle · " + String.join(" · ", view.lanes().stream().map(Lane::docId).toList());
  }

  private static void masthead(StringBuilder out, ChronicleView view) {
    out.append("<header class=\"masthead\"><div class=\"brand\">Tarikh</div><h1>Chronicle</h1>")
        .append("<p class=\"stats\">").append(Labels.plural(view.lanes().size(), "document")).append(" · ")
        .append(Labels.plural(view.facts().size(), "fact"));
    if (view.aligned()) {
      out.append(" · ").append(Labels.plural(view.links(), "link"));
    }
    out.append(" · <a href=\"#conflicts\"").append(view.conflicts().isEmpty() ? "" : " class=\"alert\"")
        .append('>').append(Labels.plural(view.conflicts().size(), "conflict")).append("</a> · ")
        .append(Labels.plural(view.findings().size(), "finding")).append("</p>");
    out.append("<nav><a href=\"#conflicts\">Conflicts</a><a href=\"#findings\">Findings</a>")
        .append("<a href=\"#consistency\">Consistency</a><a href=\"#timeline\">Timeline</a>")
        .append("<a href=\"#documents\">Documents</a></nav></header>");
  }

  private static String resource(String name) {
    try (InputStream in = ChronicleHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the report module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
