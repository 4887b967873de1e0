package org.tarikh.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.reference.EventTypes;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * What the aligner compares about one event, computed once: its type group, the days its date
 * covers, the entity ids of its arguments with how specific each is in its document, the numbers
 * it cites and the tokens of its evidence. Numbers and entity ids are language-neutral; evidence
 * words are compared only between documents of the same language, digits across languages.
 */
final class EventProfile {
  /** An entity carried by more than this share of a document's events counts half. */
  private static final double COMMON_SHARE = 0.25;
  private static final int COMMON_MIN_EVENTS = 3;

  final int docIndex;
  final int position;
  final String ref;
  final String lang;
  final Event event;
  final String group;
  final DateRange range;
  final Map<String, Double> entityWeights;
  final Set<String> numbers;
  final Set<String> tokens;

  private EventProfile(int docIndex, int position, String docId, String lang, Event event, String group,
                       Map<String, Double> entityWeights) {
    this.docIndex = docIndex;
    this.position = position;
    this.ref = docId + "#" + event.id();
    this.lang = lang;
    this.event = event;
    this.group = group;
    this.range = DateRange.parse(event.date());
    this.entityWeights = entityWeights;
    this.numbers = numbers(event);
    this.tokens = tokens(lang, event.evidence() == null ? null : event.evidence().text());
  }

  /** Profiles of every event of a document. */
  static List<EventProfile> of(int docIndex, DocumentResult doc, EventTypes types) {
    Map<String, Integer> carriers = new HashMap<>();
    for (Event e : doc.events()) {
      entityIds(e).forEach(id -> carriers.merge(id, 1, Integer::sum));
    }
    int n = doc.events().size();
    List<EventProfile> out = new ArrayList<>(n);
    for (Event e : doc.events()) {
      Map<String, Double> weights = new HashMap<>();
      for (String id : entityIds(e)) {
        int c = carriers.get(id);
        boolean common = c >= COMMON_MIN_EVENTS && c > COMMON_SHARE * n;
        weights.put(id, common ? 0.5 : 1.0);
      }
      out.add(new EventProfile(docIndex, out.size(), doc.doc().id(), doc.doc().lang(), e,
          types.group(e.type()), weights));
    }
    return out;
  }

  static Set<String> entityIds(Event e) {
    Set<String> ids = new LinkedHashSet<>();
    e.args().values().forEach(ids::addAll);
    return ids;
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
