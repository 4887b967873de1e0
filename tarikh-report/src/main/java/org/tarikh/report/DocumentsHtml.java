package org.tarikh.report;

/**
 * Writes the document views: each document's full text in its lane's direction, with evidence,
 * triggers, arguments, timexes and entity mentions marked and an anchor
 * {@code doc-<id>-<start>} at the start of every evidence and finding.
 */
final class DocumentsHtml {
  private DocumentsHtml() {
  }

  static void write(StringBuilder out, ChronicleView view) {
    out.append("<section id=\"documents\"><h2>Documents</h2>");
    out.append("<p class=\"legend\"><span class=\"ev\">evidence</span> <span class=\"trg\">trigger</span> ")
        .append("<span class=\"arg\">argument</span> <span class=\"ent\">entity</span> ")
        .append("<span class=\"tx\">timex</span> <span class=\"disputed\">disputed value</span> ")
        .append("<span class=\"finding\">finding</span> — hover a mark for details; a ¶ link selects a sentence.</p>");
    out.append("<div class=\"docs\"").append(Html.attr("style", "--lanes:" + view.lanes().size())).append('>');
    for (Lane lane : view.lanes()) {
      document(out, view, lane);
    }
    out.append("</div></section>");
  }

  private static void document(StringBuilder out, ChronicleView view, Lane lane) {
    String text = lane.source().text();
    int length = text.codePointCount(0, text.length());
    var doc = lane.source().result().doc();
    out.append("<article").append(Html.attr("class", "doc lane-" + lane.index()))
        .append(Html.attr("id", Anchors.doc(lane.docId()))).append('>');
    out.append("<header><h3>").append(Html.esc(lane.title())).append("</h3><p class=\"muted\">")
        .append(String.format("%,d", length)).append(" characters · ")
        .append(Labels.plural(view.facts(lane).size(), "fact"));
    if (doc.source() != null) {
      out.append(" · <bdi>").append(Html.esc(doc.source())).append("</bdi>");
    }
    out.append("</p></header>");
    DocumentMarks marks = new DocumentMarks(view, lane);
    out.append("<div class=\"doc-text\"").append(Html.attr("dir", lane.dir()))
        .append(Html.attr("lang", lane.lang())).append('>')
        .append(new MarkedText(text).render(0, length, marks.marks(), marks.anchors()))
        .append("</div></article>");
  }
}
