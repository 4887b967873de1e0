package org.tarikh.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;

/**
 * What the document view marks in one lane's text: each fact's evidence (selectable through its
 * anchor), trigger and argument mentions, every timex and entity mention, the findings and the
 * disputed values of conflicts; and the offsets that get an anchor.
 */
final class DocumentMarks {
  private final List<TextMark> marks = new ArrayList<>();
  private final Map<String, TextAnchor> anchors = new LinkedHashMap<>();
  private final String docId;

  DocumentMarks(ChronicleView view, Lane lane) {
    this.docId = lane.docId();
    view.facts(lane).forEach(this::addFact);
    lane.source().result().timexes().forEach(this::addTimex);
    for (Entity e : lane.mentions().entities()) {
      String title = e.name() + " (" + e.id() + ")";
      lane.mentions().mentions(e.id()).forEach(s -> marks.add(TextMark.of(s, "ent", title)));
    }
    for (FindingView f : view.findings()) {
      if (f.lane() == lane) {
        int end = Math.max(f.finding().start(), f.finding().end());
        marks.add(TextMark.of(new Span(f.finding().start(), end), "finding", f.finding().message()));
        anchor(f.finding().start(), Anchors.offset(docId, f.finding().start()), null);
      }
    }
    for (ConflictView c : view.conflicts()) {
      addDisputed(c, c.a(), c.aMarks(), lane);
      addDisputed(c, c.b(), c.bMarks(), lane);
    }
  }

  private void addFact(FactView f) {
    Event e = f.event();
    Span evidence = e.evidence().span();
    String what = Labels.type(e.type()) + " " + e.id() + " (" + e.date() + ")";
    String key = Anchors.evidenceKey(evidence.start(), evidence.end());
    marks.add(new TextMark(evidence, "ev", what, key));
    anchor(evidence.start(), Anchors.offset(docId, evidence.start()), key);
    anchor(evidence.start(), Anchors.evidence(docId, evidence.start(), evidence.end()), key);
    if (e.trigger() != null) {
      marks.add(TextMark.of(e.trigger(), "trg", "trigger of " + e.id()));
    }
    for (FactView.Role role : f.roles()) {
      for (FactView.EntityRef ref : role.entities()) {
        String title = role.role() + " of " + e.id() + ": " + ref.name() + " (" + ref.id() + ")";
        f.lane().mentions().mentionsIn(ref.id(), evidence)
            .forEach(s -> marks.add(TextMark.of(s, "arg", title)));
      }
    }
  }

  private void addTimex(Timex t) {
    marks.add(TextMark.of(t.span(), "tx", t.type() + " " + t.value()));
  }

  private void addDisputed(ConflictView c, FactView side, List<Span> spans, Lane lane) {
    if (side != null && side.lane() == lane) {
      String title = "conflict " + c.number() + ": " + c.conflict().field();
      spans.forEach(s -> marks.add(TextMark.of(s, "disputed", title)));
    }
  }

  private void anchor(int offset, String id, String select) {
    TextAnchor a = anchors.computeIfAbsent(id, k -> new TextAnchor(offset, id, new TreeSet<>()));
    if (select != null) {
      a.selects().add(select);
    }
  }

  List<TextMark> marks() {
    return marks;
  }

  /** Anchors of evidences (by start, and by start and end) and of findings. */
  Collection<TextAnchor> anchors() {
    return anchors.values();
  }
}
