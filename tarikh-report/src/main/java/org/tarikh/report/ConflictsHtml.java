package org.tarikh.report;

import java.util.List;
import org.tarikh.model.Span;

/**
 * Writes the Conflicts section: for each conflict the disputed field and both values, and both
 * sources quoted side by side (each in its lane's direction) with the disputed value marked.
 */
final class ConflictsHtml {
  private ConflictsHtml() {
  }

  static void write(StringBuilder out, ChronicleView view) {
    out.append("<section id=\"conflicts\"")
        .append(Html.attr("class", view.conflicts().isEmpty() ? "conflicts" : "conflicts alert"))
        .append("><h2>Conflicts <span class=\"count\">")
        .append(view.conflicts().size()).append("</span></h2>");
    if (view.conflicts().isEmpty()) {
      out.append("<p class=\"empty\">").append(Html.esc(emptyNote(view))).append("</p>");
    }
    for (ConflictView c : view.conflicts()) {
      conflict(out, c);
    }
    out.append("</section>");
  }

  private static String emptyNote(ChronicleView view) {
    if (view.lanes().size() < 2) {
      return "One document: there is nothing to compare it with.";
    }
    if (!view.aligned()) {
      return "No alignment was given, so facts were not compared across documents.";
    }
    return view.links() == 0 ? "No fact is linked across the documents, so none can conflict."
        : "The linked facts agree: no conflict.";
  }

  private static void conflict(StringBuilder out, ConflictView c) {
    var k = c.conflict();
    out.append("<article class=\"conflict-card\"").append(Html.attr("id", c.anchor())).append('>');
    out.append("<header><span class=\"badge conflict\">conflict ").append(c.number())
        .append("</span> <span class=\"field\">").append(Html.esc(k.field())).append("</span> ")
        .append("<span class=\"val\">").append(Html.esc(k.aValue())).append("</span>")
        .append(" <span class=\"vs\">vs</span> ")
        .append("<span class=\"val\">").append(Html.esc(k.bValue())).append("</span>");
    FactView any = c.a() != null ? c.a() : c.b();
    if (any != null) {
      out.append(" <span class=\"what\">").append(Html.esc(Labels.type(any.event().type()))).append("</span>");
    }
    out.append("</header><div class=\"sides\">");
    side(out, c.a(), k.a(), k.field(), k.aValue(), c.aMarks());
    side(out, c.b(), k.b(), k.field(), k.bValue(), c.bMarks());
    out.append("</div></article>");
  }

  private static void side(StringBuilder out, FactView f, String ref, String field, String value,
                           List<Span> marks) {
    out.append("<div class=\"side\">");
    if (f == null) {
      out.append("<p class=\"missing\">").append(Html.esc(ref)).append(" is not among the given documents.</p></div>");
      return;
    }
    Lane lane = f.lane();
    out.append("<div class=\"side-head\"><span class=\"lane-name\">").append(Html.esc(lane.languageName()))
        .append("</span> <a").append(Html.href(f.anchor())).append(Html.attr("title", f.key())).append('>')
        .append(Html.esc(lane.docId() + " · " + f.event().id())).append("</a> says <strong class=\"val\">")
        .append(Html.esc(value)).append("</strong>");
    if (field.equals("date")) {
      out.append(" <span class=\"muted\">(").append(Html.esc(TimexDate.of(value).label())).append(")</span>");
    }
    out.append("</div><blockquote class=\"evidence\"").append(Html.attr("dir", lane.dir()))
        .append(Html.attr("lang", lane.lang())).append('>');
    List<TextMark> disputed = marks.stream().map(s -> TextMark.of(s, "disputed", field + " = " + value)).toList();
    var ev = f.event().evidence();
    out.append(new MarkedText(lane.source().text()).render(ev.start(), ev.end(), disputed, List.of()));
    out.append("</blockquote><a class=\"src\"").append(Html.href(f.evidenceAnchor())).append(">¶ ")
        .append(ev.start()).append('–').append(ev.end()).append(" in the document</a></div>");
  }
}
