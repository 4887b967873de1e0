package org.tarikh.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tarikh.text.CodePointIndex;

/**
 * Renders a range of a text as escaped HTML with its marks, which may overlap: the range is cut
 * at every mark boundary and each piece becomes one {@code <span>} carrying the classes (and the
 * hover titles) of all marks that cover it, so the markup stays well nested. Evidence pieces list
 * the keys of their evidences in {@code data-ev}; anchors are empty elements with an id and, in
 * {@code data-sel}, the evidence keys following them selects.
 */
final class MarkedText {
  private final String text;
  private final CodePointIndex index;

  MarkedText(String text) {
    this.text = text;
    this.index = new CodePointIndex(text);
  }

  /** The code points {@code [from, to)} with the marks and anchors that fall inside. */
  String render(int from, int to, List<TextMark> marks, Collection<TextAnchor> anchors) {
    List<TextMark> sorted = marks.stream()
        .filter(m -> m.span().end() > from && m.span().start() < to && m.span().length() > 0)
        .sorted(Comparator.comparingInt((TextMark m) -> m.span().start())).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (TextMark m : sorted) {
      cuts.add(Math.max(from, m.span().start()));
      cuts.add(Math.min(to, m.span().end()));
    }
    Map<Integer, List<TextAnchor>> anchorsAt = anchors.stream()
        .filter(a -> a.offset() >= from && a.offset() < to)
        .collect(Collectors.groupingBy(TextAnchor::offset));
    cuts.addAll(anchorsAt.keySet());
    StringBuilder out = new StringBuilder();
    List<TextMark> active = new ArrayList<>();
    int next = 0;
    Integer at = cuts.first();
    for (Integer end = cuts.higher(at); end != null; at = end, end = cuts.higher(at)) {
      final int pos = at;
      active.removeIf(m -> m.span().end() <= pos);
      while (next < sorted.size() && sorted.get(next).span().start() <= pos) {
        if (sorted.get(next).span().end() > pos) {
          active.add(sorted.get(next));
        }
        next++;
      }
      anchorsAt.getOrDefault(pos, List.of()).forEach(a -> anchor(out, a));
      piece(out, pos, end, active);
    }
    return out.toString();
  }

  private static void anchor(StringBuilder out, TextAnchor a) {
    out.append("<span class=\"anchor\"").append(Html.attr("id", a.id()));
    if (!a.selects().isEmpty()) {
      out.append(Html.attr("data-sel", String.join(" ", a.selects())));
    }
    out.append("></span>");
  }

  private void piece(StringBuilder out, int start, int end, List<TextMark> active) {
    String chunk = Html.esc(text.substring(index.toChar(start), index.toChar(end)));
    if (active.isEmpty()) {
      out.append(chunk);
      return;
    }
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    Set<String> evidences = new LinkedHashSet<>();
    for (TextMark m : active) {
      kinds.add(m.kind());
      if (m.title() != null) {
        titles.add(m.title());
      }
      if (m.evidence() != null) {
        evidences.add(m.evidence());
      }
    }
    out.append("<span").append(Html.attr("class", String.join(" ", kinds)));
    if (!evidences.isEmpty()) {
      out.append(Html.attr("data-ev", String.join(" ", evidences)));
    }
    out.append(Html.attr("title", titles.stream().collect(Collectors.joining("\n"))))
        .append('>').append(chunk).append("</span>");
  }
}
