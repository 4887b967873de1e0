package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Mention;
import org.tarikh.model.Timex;
import org.tarikh.model.TimexType;
import org.tarikh.pipeline.Pipeline;

/**
 * Table-driven cases of {@code cases-<lang>.tsv}: a sentence with its entities and timexes
 * marked inline, and the fact the event stage must (or must not) find in it.
 */
class EventCasesTest {
  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)\\]\\]|\\{\\{([^|}]+)\\|([^}]+)\\}\\}");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String lang : List.of("en", "ar")) {
      for (TsvTable.Row r : table(lang).rows()) {
        out.add(Arguments.of(lang, r.require("id"), r.require("text"), r.require("type"), r.get("date"),
            r.get("args"), r.get("attrs")));
      }
    }
    return out.stream();
  }

  private static TsvTable table(String lang) throws IOException {
    String file = "/org/tarikh/event/cases-" + lang + ".tsv";
    try (InputStream in = EventCasesTest.class.getResourceAsStream(file)) {
      return TsvTable.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8),
          java.util.Set.of("id", "text", "type", "date", "args", "attrs"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void findsTheFact(String lang, String id, String marked, String type, String date, String args, String attrs) {
    List<Event> events = run(lang, id, marked);
    if (type.equals("-")) {
      assertThat(events).as("no fact in: %s", marked).isEmpty();
      return;
    }
    Event e = events.stream().filter(x -> x.type().equals(type) && x.date().equals(date)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + date + " in " + events));
    for (String pair : split(args)) {
      String[] rv = pair.split("=", 2);
      assertThat(e.args().getOrDefault(rv[0], List.of())).as("%s in %s", pair, e.args()).contains(rv[1]);
    }
    for (String pair : split(attrs)) {
      String[] kv = pair.split("=", 2);
      assertThat(attr(e, kv[0])).as("%s in %s", pair, e.attrs()).isEqualTo(kv[1]);
    }
  }

  private static String attr(Event e, String key) {
    if (key.startsWith("votes.")) {
      Object votes = e.attrs().get("votes");
      return votes instanceof Map<?, ?> m ? String.valueOf(m.get(key.substring(6))) : null;
    }
    Object v = e.attrs().get(key);
    return v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
  }

  private static List<String> split(String cell) {
    return cell.isBlank() ? List.of() : Arrays.asList(cell.split(";"));
  }

  /** Strips the marks, builds the timex and entity layers from them, runs the event stage. */
  static List<Event> run(String lang, String id, String marked) {
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.codePointCount(0, text.length());
      String surface = m.group(1) != null ? m.group(1) : m.group(3);
      text.append(surface);
      int end = start + surface.codePointCount(0, surface.length());
      if (m.group(1) != null) {
        mentions.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(new Mention(start, end, surface));
      } else {
        TimexType t = m.group(4).startsWith("P") ? TimexType.DURATION : TimexType.DATE;
        timexes.add(new Timex(surface, start, end, t, m.group(4)));
      }
      last = m.end();
    }
    text.append(marked.substring(last));
    List<Entity> entities = new ArrayList<>();
    mentions.forEach((eid, ms) -> entities.add(new Entity(eid,
        EntityKind.valueOf(eid.substring(0, eid.indexOf(':')).toUpperCase(java.util.Locale.ROOT)),
        ms.get(0).text(), ms.stream().map(Mention::text).toList(), ms, null)));
    Pipeline p = Pipeline.builder().add(new FixtureLayers(timexes, entities)).add(new EventStage()).build();
    return p.run(Document.of(id, lang, text.toString())).events();
  }
}
