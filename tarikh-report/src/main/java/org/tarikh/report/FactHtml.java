package org.tarikh.report;

import java.util.stream.Collectors;

/** Writes one fact card: type, date, badges, roles, attrs, quoted evidence and source link. */
final class FactHtml {
  private FactHtml() {
  }

  static void write(StringBuilder out, FactView f, ChronicleView view) {
    var e = f.event();
    out.append("<article class=\"fact\"").append(Html.attr("id", f.anchor()))
        .append(Html.attr("data-type", e.type()))
        .append(Html.attr("data-entities", String.join(" ", f.entityIds())))
        .append(Html.attr("style", "--hue:" + Labels.hue(e.type()))).append('>');
    out.append("<div class=\"fact-head\" dir=\"ltr\" lang=\"en\">")
        .append("<span class=\"type\">").append(Html.esc(Labels.type(e.type()))).append("</span>")
        .append("<span class=\"value\"").append(Html.attr("title", f.date().label())).append('>')
        .append(Html.esc(e.date())).append("</span>");
    badges(out, f, view);
    out.append("<span class=\"eid\"").append(Html.attr("title", f.key())).append('>')
        .append(Html.esc(e.id())).append("</span></div>");
    roles(out, f);
    out.append("<blockquote class=\"evidence\">").append(Html.esc(f.evidence())).append("</blockquote>");
    out.append("<a class=\"src\"").append(Html.href(f.evidenceAnchor()))
        .append(" title=\"Show the sentence in the document\" dir=\"ltr\">")
        .append("¶ ").append(e.evidence().start()).append('–').append(e.evidence().end()).append("</a>");
    out.append("</article>");
  }

  private static void badges(StringBuilder out, FactView f, ChronicleView view) {
    for (int n : f.conflicts()) {
      ConflictView c = view.conflicts().get(n - 1);
      String title = c.conflict().field() + ": " + c.conflict().aValue() + " vs " + c.conflict().bValue();
      out.append("<a class=\"badge conflict\"").append(Html.href(c.anchor()))
          .append(Html.attr("title", title)).append(">conflict · ")
          .append(Html.esc(c.conflict().field())).append("</a>");
    }
    for (String partner : f.linkedTo()) {
      int hash = partner.lastIndexOf('#');
      String target = Anchors.fact(partner.substring(0, hash), partner.substring(hash + 1));
      out.append("<a class=\"badge link\"").append(Html.href(target))
          .append(Html.attr("title", "same fact as " + partner)).append(">⇄ ")
          .append(Html.esc(partner.substring(hash + 1))).append("</a>");
    }
  }

  private static void roles(StringBuilder out, FactView f) {
    if (f.roles().isEmpty() && f.attrs().isEmpty()) {
      return;
    }
    out.append("<dl class=\"args\">");
    for (FactView.Role r : f.roles()) {
      out.append("<div dir=\"ltr\"><dt lang=\"en\">").append(Html.esc(r.role())).append("</dt><dd>");
      out.append(r.entities().stream().map(FactHtml::entity).collect(Collectors.joining(", ")));
      out.append("</dd></div>");
    }
    for (FactView.Attr a : f.attrs()) {
      out.append("<div class=\"attr\" dir=\"ltr\"><dt lang=\"en\">").append(Html.esc(a.name())).append("</dt><dd><bdi>")
          .append(Html.esc(a.value())).append("</bdi></dd></div>");
    }
    out.append("</dl>");
  }

  private static String entity(FactView.EntityRef ref) {
    String forms = ref.forms().isEmpty() ? "" : " — " + String.join(", ", ref.forms());
    return "<bdi class=\"ent\" lang=\"en\"" + Html.attr("data-id", ref.id())
        + Html.attr("title", ref.id() + forms) + ">" + Html.esc(ref.name()) + "</bdi>";
  }
}
