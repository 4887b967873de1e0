package org.tarikh.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.model.Link;

/**
 * The consistency summary of reconciled documents, for the CLI and the HTML report: every fact
 * with the events (and quoted sentences) that state it in each document, the conflicts with both
 * sources quoted and their values, and each document's reference-check findings.
 *
 * <p>A fact is a connected component of the links (an event no link touches is a fact of its
 * own document only). Facts are in chronological order of their earliest date, undated last.
 *
 * @param docs document ids in the order given
 * @param facts every fact
 * @param conflicts every conflict, with both sides quoted
 * @param findings reference-check findings, per document
 */
public record Consistency(List<String> docs, List<Fact> facts, List<ConflictRow> conflicts,
                          List<FindingRow> findings) {
  public Consistency {
    docs = List.copyOf(docs);
    facts = List.copyOf(facts);
    conflicts = List.copyOf(conflicts);
    findings = List.copyOf(findings);
  }

  /** One event as the summary shows it: where it is and the sentence that states it. */
  public record EventRef(String doc, String lang, String eventId, String type, String date,
                         int start, int end, String evidence) {
    /** {@code doc#eventId}, as in links and conflicts. */
    public String ref() {
      return doc + "#" + eventId;
    }
  }

  /**
   * One fact: the events stating it, in document order, and the links that join them.
   *
   * @param id number of the fact, from 1, in chronological order
   * @param events the events stating it
   * @param links the links between its events, in alignment order (empty for a fact one event states)
   */
  public record Fact(int id, List<EventRef> events, List<Link> links) {
    public Fact {
      events = List.copyOf(events);
      links = List.copyOf(links);
    }

    /** The events this event is linked to directly, as {@code doc#eventId}, in alignment order. */
    public List<String> partners(String ref) {
      List<String> out = new ArrayList<>();
      for (Link l : links) {
        if (l.a().equals(ref)) {
          out.add(l.b());
        } else if (l.b().equals(ref)) {
          out.add(l.a());
        }
      }
      return out;
    }

    /** The documents that state it. */
    public Set<String> docs() {
      Set<String> out = new LinkedHashSet<>();
      events.forEach(e -> out.add(e.doc()));
      return out;
    }
  }

  /** A conflict with both events quoted. */
  public record ConflictRow(String field, EventRef a, String aValue, EventRef b, String bValue) {
  }

  /** A finding of one document. */
  public record FindingRow(String doc, Finding finding) {
  }

  /** Facts stated by every one of the given documents. */
  public List<Fact> statedByAll(String... docIds) {
    return facts.stream().filter(f -> f.docs().containsAll(List.of(docIds))).toList();
  }

  /** Facts stated by this document and by no other. */
  public List<Fact> onlyIn(String docId) {
    return facts.stream().filter(f -> f.docs().size() == 1 && f.docs().contains(docId)).toList();
  }

  /** Builds the summary from the documents' results and their alignment. */
  public static Consistency of(List<DocumentResult> results, Alignment alignment) {
    Map<String, EventRef> refs = new LinkedHashMap<>();
    Map<String, DateRange> dates = new HashMap<>();
    for (DocumentResult r : results) {
      for (Event e : r.events()) {
        EventRef ref = new EventRef(r.doc().id(), r.doc().lang(), e.id(), e.type(), e.date(),
            e.evidence().start(), e.evidence().end(), e.evidence().text());
        refs.put(ref.ref(), ref);
        dates.put(ref.ref(), DateRange.parse(e.date()));
      }
    }
    List<Fact> facts = facts(refs, dates, alignment.links());
    List<ConflictRow> conflicts = new ArrayList<>();
    for (Conflict c : alignment.conflicts()) {
      conflicts.add(new ConflictRow(c.field(), refs.get(c.a()), c.aValue(), refs.get(c.b()), c.bValue()));
    }
    List<FindingRow> findings = new ArrayList<>();
    results.forEach(r -> r.findings().forEach(f -> findings.add(new FindingRow(r.doc().id(), f))));
    return new Consistency(results.stream().map(r -> r.doc().id()).toList(), facts, conflicts, findings);
  }

  private static List<Fact> facts(Map<String, EventRef> refs, Map<String, DateRange> dates, List<Link> links) {
    Map<String, String> parent = new HashMap<>();
    refs.keySet().forEach(k -> parent.put(k, k));
    for (Link l : links) {
      if (parent.containsKey(l.a()) && parent.containsKey(l.b())) {
        parent.put(root(parent, l.a()), root(parent, l.b()));
      }
    }
    Map<String, List<EventRef>> groups = new LinkedHashMap<>();
    refs.forEach((k, ref) -> groups.computeIfAbsent(root(parent, k), x -> new ArrayList<>()).add(ref));
    Map<String, List<Link>> joins = new HashMap<>();
    for (Link l : links) {
      if (parent.containsKey(l.a()) && parent.containsKey(l.b())) {
        joins.computeIfAbsent(root(parent, l.a()), x -> new ArrayList<>()).add(l);
      }
    }
    List<String> ordered = new ArrayList<>(groups.keySet());
    ordered.sort(Comparator.comparing((String root) -> earliest(groups.get(root), dates),
        Comparator.nullsLast(Comparator.naturalOrder())));
    List<Fact> out = new ArrayList<>(ordered.size());
    for (String root : ordered) {
      out.add(new Fact(out.size() + 1, groups.get(root), joins.getOrDefault(root, List.of())));
    }
    return out;
  }

  private static java.time.LocalDate earliest(List<EventRef> group, Map<String, DateRange> dates) {
    java.time.LocalDate min = null;
    for (EventRef e : group) {
      DateRange r = dates.get(e.ref());
      if (r.known() && (min == null || r.first().isBefore(min))) {
        min = r.first();
      }
    }
    return min;
  }

  private static String root(Map<String, String> parent, String k) {
    String r = k;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.put(k, r);
    return r;
  }
}
