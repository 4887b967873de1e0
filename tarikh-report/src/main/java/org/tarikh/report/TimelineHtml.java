package org.tarikh.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes the timeline: filter controls, a head with one column per lane, then the rows on one
 * date axis with a divider at each new year. Each lane cell carries the lane's {@code dir} and
 * {@code lang}.
 */
final class TimelineHtml {
  private TimelineHtml() {
  }

  static void write(StringBuilder out, ChronicleView view) {
    out.append("<section id=\"timeline\"><h2>Timeline</h2>");
    controls(out, view);
    out.append("<div class=\"timeline\"").append(Html.attr("style", "--lanes:" + view.lanes().size()))
        .append('>');
    head(out, view);
    Integer year = null;
    boolean undated = false;
    String previous = null;
    for (TimelineRow row : view.rows()) {
      Integer y = row.date().year();
      if (y != null && !y.equals(year)) {
        out.append("<div class=\"year\"><span>").append(y).append("</span></div>");
        year = y;
      } else if (y == null && !undated) {
        out.append("<div class=\"year\"><span>Undated</span></div>");
        undated = true;
      }
      String label = row.date().label();
      row(out, row, label.equals(previous), view);
      previous = label;
    }
    if (view.rows().isEmpty()) {
      out.append("<p class=\"empty\">No dated facts were found.</p>");
    }
    out.append("</div></section>");
  }

  private static void controls(StringBuilder out, ChronicleView view) {
    out.append("<div class=\"controls\"><label>Type <select id=\"filter-type\">")
        .append("<option value=\"\">all types</option>");
    new TreeSet<>(view.facts().stream().map(f -> f.event().type()).filter(Objects::nonNull).toList())
        .forEach(t -> out.append("<option").append(Html.attr("value", t)).append('>')
            .append(Html.esc(Labels.type(t))).append("</option>"));
    out.append("</select></label><label>Entity <select id=\"filter-entity\">")
        .append("<option value=\"\">all entities</option>");
    Map<String, String> entities = new LinkedHashMap<>();
    view.facts().stream().flatMap(f -> f.roles().stream()).flatMap(r -> r.entities().stream())
        .sorted(Comparator.comparing(FactView.EntityRef::name))
        .forEach(e -> entities.putIfAbsent(e.id(), e.name()));
    entities.forEach((id, name) -> out.append("<option").append(Html.attr("value", id)).append('>')
        .append(Html.esc(name + " (" + id + ")")).append("</option>"));
    out.append("</select></label>");
    if (view.lanes().size() > 1) {
      out.append("<span class=\"lane-toggles\">Lanes");
      for (Lane lane : view.lanes()) {
        out.append("<label><input type=\"checkbox\" checked").append(Html.attr("data-lane", "" + lane.index()))
            .append('>').append(Html.esc(lane.languageName())).append("</label>");
      }
      out.append("</span>");
    }
    out.append("<span id=\"filter-count\" class=\"count-note\"></span></div>");
  }

  private static void head(StringBuilder out, ChronicleView view) {
    out.append("<div class=\"tl-head\"><div class=\"when\">Date</div>");
    for (Lane lane : view.lanes()) {
      out.append("<div").append(Html.attr("class", "cell lane-" + lane.index()))
          .append(Html.attr("dir", lane.dir())).append(Html.attr("lang", lane.lang())).append('>')
          .append("<span class=\"lane-name\" lang=\"en\">").append(Html.esc(lane.languageName()))
          .append("</span> <a class=\"lane-doc\"").append(Html.href(Anchors.doc(lane.docId()))).append('>')
          .append(Html.esc(lane.docId())).append("</a> <span class=\"lane-count\" lang=\"en\">")
          .append(Labels.plural(view.facts(lane).size(), "fact")).append("</span></div>");
    }
    out.append("</div>");
  }

  private static void row(StringBuilder out, TimelineRow row, boolean sameDate, ChronicleView view) {
    out.append("<div").append(Html.attr("class", row.linked() ? "row linked" : "row")).append('>');
    out.append("<div class=\"when\"><span").append(Html.attr("class", sameDate ? "date-label same" : "date-label"))
        .append('>').append(Html.esc(row.date().label()))
        .append("</span>");
    if (row.linked()) {
      out.append("<span class=\"linked-mark\" title=\"The alignment links these facts\">⇄ same fact</span>");
    }
    out.append("</div>");
    for (Lane lane : view.lanes()) {
      out.append("<div").append(Html.attr("class", "cell lane-" + lane.index()))
          .append(Html.attr("dir", lane.dir())).append(Html.attr("lang", lane.lang())).append('>');
      row.cells().get(lane.index()).forEach(f -> FactHtml.write(out, f, view));
      out.append("</div>");
    }
    out.append("</div>");
  }
}
