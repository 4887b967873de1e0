package org.tarikh.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.event.EventTypes;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * What the aligner compares about one event, computed once: its type group, the days its date
 * covers, the entity ids of its arguments with how specific each is in its document, the other
 * entities its evidence names, the ids of its anchor kind (the person a person-centred fact is
 * about), the numbers it cites and the tokens of its evidence. Numbers and entity ids are
 * language-neutral; evidence words are compared only between documents of the same language,
 * digits across languages. {@link #rivals} counts the other events of its document that could
 * state the same fact in the same years (same group, a shared specific entity), which makes a
 * link across a date disagreement ambiguous.
 */
final class EventProfile {
  /** A named (not role-bearing) entity counts this much of a role-bearing one. */
  static final double NAMED_SHARE = 0.5;

  final int docIndex;
  final int position;
  final String ref;
  final String lang;
  final Event event;
  final String group;
  final DateRange range;
  final Map<String, Double> entityWeights;
  final Map<String, Double> namedWeights;
  final Set<String> anchors;
  final Set<String> parents;
  final Set<String> specific;
  final Set<String> unsure;
  final Set<String> numbers;
  final Set<String> tokens;
  final boolean dateStated;
  int rivals;

  private EventProfile(int docIndex, int position, String docId, String lang, Event event, EventTypes types,
                       DocumentContext doc) {
    this.docIndex = docIndex;
    this.position = position;
    this.ref = docId + "#" + event.id();
    this.lang = lang;
    this.event = event;
    this.group = types.group(event.type());
    this.range = DateRange.parse(event.date());
    Set<String> args = DocumentContext.argIds(event);
    this.entityWeights = new HashMap<>();
    this.namedWeights = new HashMap<>();
    this.unsure = new HashSet<>();
    for (String id : args) {
      entityWeights.put(id, doc.weight(id));
      if (doc.unsure(id)) {
        unsure.add(id);
      }
    }
    for (String id : doc.named(event.evidence())) {
      if (!args.contains(id)) {
        namedWeights.put(id, NAMED_SHARE * doc.weight(id));
      }
    }
    String anchor = types.anchor(event.type()).map(k -> k + ":").orElse(null);
    this.anchors = anchor == null ? Set.of() : filter(args, anchor);
    this.parents = parents(args);
    this.specific = new HashSet<>();
    entityWeights.forEach((id, w) -> addIfSpecific(id, w));
    namedWeights.forEach((id, w) -> addIfSpecific(id, w / NAMED_SHARE));
    this.numbers = numbers(event);
    this.tokens = tokens(lang, event.evidence() == null ? null : event.evidence().text());
    this.dateStated = event.trigger() == null || event.dateSpan() != null;
  }

  /** Profiles of every event of a document, with their rivals counted. */
  static List<EventProfile> of(int docIndex, DocumentResult doc, EventTypes types) {
    DocumentContext context = DocumentContext.of(doc);
    List<EventProfile> out = new ArrayList<>(doc.events().size());
    Map<String, List<EventProfile>> byGroup = new HashMap<>();
    for (Event e : doc.events()) {
      EventProfile p = new EventProfile(docIndex, out.size(), doc.doc().id(), doc.doc().lang(), e, types, context);
      for (EventProfile other : byGroup.getOrDefault(p.group, List.of())) {
        if (p.rivalOf(other)) {
          p.rivals++;
          other.rivals++;
        }
      }
      byGroup.computeIfAbsent(p.group, k -> new ArrayList<>()).add(p);
      out.add(p);
    }
    return out;
  }

  private void addIfSpecific(String id, double weight) {
    if (weight >= 1.0) {
      specific.add(id);
    }
  }

  /** True when the event carries or names this id, or an id it is part of. */
  boolean mentions(String id) {
    return entityWeights.containsKey(id) || namedWeights.containsKey(id) || parents.contains(id);
  }

  /** True when the other event (same document and group) could state this fact in the same years. */
  private boolean rivalOf(EventProfile o) {
    if (!range.known() || !o.range.known()
        || range.last().getYear() < o.range.first().getYear() || o.range.last().getYear() < range.first().getYear()) {
      return false;
    }
    for (Map.Entry<String, Double> e : entityWeights.entrySet()) {
      if (e.getValue() == 1.0 && o.entityWeights.containsKey(e.getKey())) {
        return true;
      }
    }
    return anchors.stream().anyMatch(o.anchors::contains);
  }

  private static Set<String> filter(Set<String> ids, String prefix) {
    Set<String> out = new HashSet<>();
    ids.stream().filter(id -> id.startsWith(prefix)).forEach(out::add);
    return out;
  }

  /**
   * The ids an id is part of: by its slug ({@code org:unicef} for {@code org:unicef-executive-board}:
   * every shorter hyphen-prefix of the slug, with the same kind), and by the knowledge base's
   * {@code part-of} column ({@code org:un} for {@code org:undp}).
   */
  static Set<String> parents(Set<String> ids) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      out.addAll(org.tarikh.entity.EntityKnowledge.standard().partOf(id));
      int colon = id.indexOf(':');
      for (int h = id.indexOf('-', colon + 1); h > 0; h = id.indexOf('-', h + 1)) {
        out.add(id.substring(0, h));
      }
    }
    return out;
  }

  /** The {@code numbers} attr as a set of digit strings (a list or a single value). */
  static Set<String> numbers(Event e) {
    Object v = e.attrs().get("numbers");
    Set<String> out = new LinkedHashSet<>();
    if (v instanceof Collection<?> c) {
      c.forEach(x -> addDigits(out, String.valueOf(x)));
    } else if (v != null) {
      for (String part : String.valueOf(v).split("[,;\\s]+")) {
        addDigits(out, part);
      }
    }
    return out;
  }

  private static void addDigits(Set<String> out, String s) {
    String d = ScriptNormalizer.normalize(s).replaceAll("[^0-9]", "");
    if (!d.isEmpty()) {
      out.add(d.replaceFirst("^0+(?=.)", ""));
    }
  }

  private static Set<String> tokens(String lang, String evidence) {
    Set<String> out = new HashSet<>();
    if (evidence == null) {
      return out;
    }
    for (Token t : Tokenizer.tokenize(ScriptNormalizer.normalize(evidence))) {
      if (t.kind() == Token.Kind.NUMBER) {
        out.add(t.text());
      } else if (t.kind() == Token.Kind.WORD && t.text().codePointCount(0, t.text().length()) >= 4) {
        out.add(lang + ":" + t.text());
      }
    }
    return out;
  }

  /** Literal attr value as a string, or {@code null}. */
  String attr(String name) {
    Object v = event.attrs().get(name);
    return v == null ? null : String.valueOf(v);
  }

  /** Years the date covers, or empty when it is unknown or spans more than {@code maxYears}. */
  List<Integer> years(int maxYears) {
    if (!range.known()) {
      return List.of();
    }
    int from = range.first().getYear();
    int to = range.last().getYear();
    if (to - from + 1 > maxYears) {
      return List.of();
    }
    List<Integer> ys = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      ys.add(y);
    }
    return ys;
  }
}
