package org.tarikh.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/**
 * Finds dated facts (FACTS.md, Event). Reads the {@link Layers#TIMEXES} and
 * {@link Layers#ENTITIES} layers and writes {@link Layers#EVENTS}. The document becomes a stream
 * of slots (tokens, entity mentions, timexes), anaphoric phrases ("this organization", "البلد")
 * take the entity they stand for ({@link AnaphorResolver}), sentences are cut into clauses, and the rules of
 * the language's {@code events/} folder (see {@link EventModel}) find facts in each clause. A fact
 * takes the clause's date, else the last date stated before it (across paragraphs: narratives
 * often continue a dated event in the next paragraph, and Arabic texts break lines per sentence),
 * unless the clause speaks of the present or an unanchored time ("currently", حاليا); a fact with
 * no date is not emitted. Repeated mentions are merged ({@link EventMerger}).
 * Stateless and thread-safe; the compiled rules are cached in the language pack.
 */
public final class EventStage implements Stage {
  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TIMEXES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public void process(Analysis analysis) {
    EventModel model = EventModel.of(analysis.pack());
    List<Entity> entities = analysis.get(Layers.ENTITIES);
    List<Timex> timexes = analysis.get(Layers.TIMEXES);
    List<Slot> slots = new SlotBuilder(model.lexicon).build(analysis, entities, timexes);
    DocView doc = DocView.of(analysis, slots);
    new AnaphorResolver(model.anaphors, model.lexicon).resolve(doc, entities);
    List<Candidate> found = find(model, doc);
    analysis.put(Layers.EVENTS, toEvents(EventMerger.merge(found), doc));
  }

  private static List<Candidate> find(EventModel model, DocView doc) {
    EventFinder finder = new EventFinder(model);
    ClauseSplitter splitter = new ClauseSplitter(model);
    List<Candidate> found = new ArrayList<>();
    DatePicker.Dated lastDate = null;
    for (int s = 0; s < doc.sentences(); s++) {
      List<Candidate> previous = List.of();
      for (Clause c : splitter.split(doc.slots, doc.sentFrom[s], doc.sentTo[s], s, doc.paragraph[s])) {
        List<DatePicker.Dated> own = finder.dates().own(doc.slots, c);
        DatePicker.Dated inherited = own.isEmpty() && finder.dates().deictic(doc.slots, c) ? null : lastDate;
        List<Candidate> evs = finder.find(doc, c, own, inherited);
        if (evs.isEmpty() && c.continues() && !own.isEmpty()) {
          evs = finder.continuation(doc, c, own, previous);
        }
        found.addAll(evs);
        previous = evs.isEmpty() ? previous : evs;
        if (!own.isEmpty()) {
          lastDate = own.get(own.size() - 1);
        }
      }
    }
    return found;
  }

  private static List<Event> toEvents(List<Candidate> merged, DocView doc) {
    List<Candidate> sorted = new ArrayList<>(merged);
    sorted.sort(Comparator.comparingInt((Candidate c) -> c.clause.from()).thenComparingInt(c -> c.trigger));
    List<Event> out = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      out.add(toEvent("e" + (out.size() + 1), c, doc));
    }
    return out;
  }

  /** Marks that open a list item ("* 2 August 1990: ..."), left out of the evidence. */
  private static final String BULLETS = "*•·-–—";

  private static Event toEvent(String id, Candidate c, DocView doc) {
    int from = c.clause.from();
    while (from + 1 < c.trigger && doc.slots.get(from).is(Slot.Kind.PUNCT)
        && BULLETS.contains(doc.slots.get(from).text())) {
      from++;
    }
    int to = c.clause.to();
    while (to - 1 > from && doc.slots.get(to - 1).is(Slot.Kind.PUNCT)
        && ",;:".contains(doc.slots.get(to - 1).text())) {
      to--;
    }
    Span ev = doc.span(from, to);
    Map<String, List<String>> args = new LinkedHashMap<>();
    c.args.forEach((role, ids) -> {
      if (!ids.isEmpty()) {
        args.put(role, List.copyOf(ids));
      }
    });
    Slot trig = doc.slots.get(c.trigger);
    Span trigger = doc.analysis.text().toOriginal(trig.start(), trig.end());
    Span date = c.explicit ? doc.span(c.dateSlot, c.dateSlot + 1) : null;
    return new Event(id, c.type.name(), c.date, new Evidence(ev.start(), ev.end(), doc.analysis.textOf(ev)),
        args, Map.copyOf(c.attrs), trigger, date);
  }
}
