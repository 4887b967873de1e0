package org.tarikh.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.model.TimexType;

/** Hand-made documents with their facts (offsets computed from the text), for store tests. */
final class Samples {
  static final String EN_TEXT = "Azerbaijan joined the United Nations on 2 March 1992. "
      + "In 1993 the Security Council adopted resolutions 822, 853, 874 and 884 on Azerbaijan.";
  static final String AR_TEXT = "انضمت أذربيجان إلى الأمم المتحدة في ٢ مارس ١٩٩٢. "
      + "وانتخبت أذربيجان عضوا غير دائم في مجلس الأمن للفترة 2012-2013.";

  private Samples() {
  }

  static Document english() {
    return new Document("en_doc", "en", EN_TEXT, null, "en_doc.txt", "text");
  }

  static Document arabic() {
    return new Document("ar_doc", "ar", AR_TEXT, null, "ar_doc.txt", "text");
  }

  static DocumentResult englishResult() {
    return englishResult(english(), "1993");
  }

  /** The facts of the English sample whose resolution year was changed to {@code year}. */
  static DocumentResult englishResult(Document d, String year) {
    String t = d.text();
    List<Entity> entities = List.of(
        entity(t, "state:aze", EntityKind.STATE, "Azerbaijan", "Azerbaijan"),
        entity(t, "org:un", EntityKind.ORG, "United Nations", "United Nations"),
        entity(t, "org:unsc", EntityKind.ORG, "Security Council", "Security Council"));
    List<Event> events = List.of(
        event(t, "e1", "ADMISSION", "1992-03-02", sentence(t, 0),
            Map.of("state", List.of("state:aze"), "body", List.of("org:un")), Map.of("ordinal", "179")),
        event(t, "e2", "RESOLUTION_ADOPTED", year, sentence(t, 1),
            Map.of("body", List.of("org:unsc"), "subject", List.of("state:aze")),
            Map.of("numbers", List.of("822", "853", "874", "884"), "votes", Map.of("for", 15, "against", 0))));
    List<Timex> timexes = List.of(timex(t, "2 March 1992", "1992-03-02"), timex(t, year, year));
    List<Finding> findings = List.of(new Finding("ga-session-year", 0, 10, "a test finding", "Azerbaijan", null));
    return new DocumentResult(new DocInfo(d.id(), d.lang(), d.source(), d.format(), null), timexes, entities,
        events, findings, null);
  }

  static DocumentResult arabicResult() {
    Document d = arabic();
    String t = d.text();
    List<Entity> entities = List.of(
        entity(t, "state:aze", EntityKind.STATE, "Azerbaijan", "أذربيجان"),
        entity(t, "org:un", EntityKind.ORG, "United Nations", "الأمم المتحدة"),
        entity(t, "org:unsc", EntityKind.ORG, "Security Council", "مجلس الأمن"));
    List<Event> events = List.of(
        event(t, "e1", "ADMISSION", "1992-03-02", sentence(t, 0),
            Map.of("state", List.of("state:aze"), "body", List.of("org:un")), Map.of()),
        event(t, "e2", "MEMBERSHIP_TERM", "2012/2013", sentence(t, 1),
            Map.of("state", List.of("state:aze"), "body", List.of("org:unsc")), Map.of()));
    List<Timex> timexes = List.of(timex(t, "٢ مارس ١٩٩٢", "1992-03-02"), timex(t, "2012-2013", "2012/2013"));
    return new DocumentResult(new DocInfo(d.id(), d.lang(), d.source(), d.format(), null), timexes, entities,
        events, List.of(), null);
  }

  /** Document {@code i} of a generated series: one fact, dated by {@code i}, with a unique word. */
  static Document numbered(int i) {
    String text = "Azerbaijan signed agreement number" + i + " with Georgia in " + (1990 + i % 30) + ".";
    return new Document("gen_" + i, "en", text, null, null, "text");
  }

  static DocumentResult numberedResult(Document d) {
    String t = d.text();
    String year = t.substring(t.length() - 5, t.length() - 1);
    List<Entity> entities = List.of(entity(t, "state:aze", EntityKind.STATE, "Azerbaijan", "Azerbaijan"),
        entity(t, "state:geo", EntityKind.STATE, "Georgia", "Georgia"));
    List<Event> events = new ArrayList<>();
    events.add(event(t, "e1", "AGREEMENT", year, new Evidence(0, t.length(), t),
        Map.of("parties", List.of("state:aze", "state:geo")), Map.of()));
    return new DocumentResult(new DocInfo(d.id(), d.lang(), null, "text", null),
        List.of(timex(t, year, year)), entities, events, List.of(), null);
  }

  /** One sentence stating two presidencies of the same type that differ only by their dates. */
  static Document twoDates(String tail) {
    return new Document("two_dates", "en", "In May 2012 and October 2013, Azerbaijan chaired the Security Council."
        + tail, null, null, "text");
  }

  static DocumentResult twoDatesResult(Document d) {
    String t = d.text();
    Evidence clause = sentence(t, 0);
    Map<String, List<String>> args = Map.of("state", List.of("state:aze"), "body", List.of("org:unsc"));
    return new DocumentResult(new DocInfo(d.id(), d.lang(), null, "text", null),
        List.of(timex(t, "May 2012", "2012-05"), timex(t, "October 2013", "2013-10")),
        List.of(entity(t, "state:aze", EntityKind.STATE, "Azerbaijan", "Azerbaijan"),
            entity(t, "org:unsc", EntityKind.ORG, "Security Council", "Security Council")),
        List.of(event(t, "e1", "PRESIDENCY", "2012-05", clause, args, Map.of()),
            event(t, "e2", "PRESIDENCY", "2013-10", clause, args, Map.of())), List.of(), null);
  }

  private static Entity entity(String text, String id, EntityKind kind, String name, String surface) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      mentions.add(new Mention(cp(text, at), cp(text, at + surface.length()), surface));
    }
    return new Entity(id, kind, name, List.of(surface), mentions, null);
  }

  private static Timex timex(String text, String surface, String value) {
    int at = text.indexOf(surface);
    return new Timex(surface, cp(text, at), cp(text, at + surface.length()), TimexType.DATE, value);
  }

  private static Event event(String text, String id, String type, String date, Evidence ev,
                             Map<String, List<String>> args, Map<String, Object> attrs) {
    return new Event(id, type, date, ev, args, attrs, null, new Span(ev.start(), ev.start()));
  }

  /** The {@code n}th sentence (split at ". "), as evidence. */
  private static Evidence sentence(String text, int n) {
    int start = 0;
    for (int i = 0; i < n; i++) {
      start = text.indexOf(". ", start) + 2;
    }
    int end = text.indexOf('.', start) + 1;
    return new Evidence(cp(text, start), cp(text, end), text.substring(start, end));
  }

  private static int cp(String text, int charIndex) {
    return text.codePointCount(0, charIndex);
  }
}
