package org.tarikh.report;

import java.util.List;
import org.tarikh.model.Finding;

/**
 * Writes the Findings section (reference-check problems with their suggestion and the sentence)
 * and the Consistency section (per document: facts also stated by another document, facts it
 * alone states).
 */
final class SummaryHtml {
  private SummaryHtml() {
  }

  static void findings(StringBuilder out, ChronicleView view) {
    out.append("<section id=\"findings\"><h2>Findings <span class=\"count\">")
        .append(view.findings().size()).append("</span></h2>");
    if (view.findings().isEmpty()) {
      out.append("<p class=\"empty\">Reference checks found no problem.</p></section>");
      return;
    }
    out.append("<ul class=\"findings\">");
    for (FindingView fv : view.findings()) {
      Finding f = fv.finding();
      out.append("<li><div class=\"finding-head\"><span class=\"badge finding\">")
          .append(Html.esc(f.kind())).append("</span> ").append(Html.esc(f.message()));
      if (f.suggestion() != null) {
        out.append(" <span class=\"suggestion\">Suggestion: <bdi>").append(Html.esc(f.suggestion()))
            .append("</bdi></span>");
      }
      out.append(" <a class=\"src\"").append(Html.href(fv.anchor())).append('>')
          .append(Html.esc(fv.lane().docId())).append(" ¶ ").append(f.start()).append("</a></div>");
      if (f.evidence() != null) {
        out.append("<blockquote class=\"evidence\"").append(Html.attr("dir", fv.lane().dir()))
            .append(Html.attr("lang", fv.lane().lang())).append('>').append(Html.esc(f.evidence()))
            .append("</blockquote>");
      }
      out.append("</li>");
    }
    out.append("</ul></section>");
  }

  static void consistency(StringBuilder out, ChronicleView view) {
    out.append("<section id=\"consistency\"><h2>Consistency</h2>");
    if (view.consistency().isEmpty()) {
      out.append("<p class=\"empty\">").append(view.lanes().size() < 2
          ? "One document: nothing to compare." : "No alignment was given.").append("</p></section>");
      return;
    }
    out.append("<p class=\"lede\">").append(Labels.plural(view.links(), "link"))
        .append(" between the documents' facts.</p>");
    out.append("<table class=\"consistency\"><thead><tr><th>Document</th><th>Facts</th>")
        .append("<th>Also in another document</th><th>Only in this document</th></tr></thead><tbody>");
    for (LaneConsistency c : view.consistency()) {
      out.append("<tr><th scope=\"row\">").append(Html.esc(c.lane().title())).append("</th><td>")
          .append(c.total()).append("</td><td>").append(c.linked().size()).append(share(c.linked().size(), c.total()))
          .append("</td><td>").append(c.alone().size()).append(share(c.alone().size(), c.total()))
          .append("</td></tr>");
    }
    out.append("</tbody></table>");
    for (LaneConsistency c : view.consistency()) {
      alone(out, c.lane(), c.alone());
    }
    out.append("</section>");
  }

  private static String share(int part, int total) {
    return total == 0 ? "" : " <span class=\"muted\">(" + Math.round(100.0 * part / total) + "%)</span>";
  }

  private static void alone(StringBuilder out, Lane lane, List<FactView> facts) {
    if (facts.isEmpty()) {
      return;
    }
    out.append("<details class=\"alone\"><summary>Only in ").append(Html.esc(lane.title())).append(" (")
        .append(facts.size()).append(")</summary><ul>");
    for (FactView f : facts) {
      out.append("<li><a").append(Html.href(f.anchor())).append('>').append(Html.esc(f.date().label()))
          .append(" · ").append(Html.esc(Labels.type(f.event().type()))).append(" · ")
          .append(Html.esc(f.event().id())).append("</a></li>");
    }
    out.append("</ul></details>");
  }
}
