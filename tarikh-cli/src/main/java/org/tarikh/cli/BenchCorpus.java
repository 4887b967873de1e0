package org.tarikh.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Mention;
import org.tarikh.text.CodePointIndex;
import org.tarikh.text.Sentence;
import org.tarikh.text.SentenceSplitter;

/**
 * Documents for the store benchmark, made by recombining the sentences of seed documents (in
 * their own languages) with the years shifted, deterministically from the document number; and
 * synthetic facts over such documents, for filling a store up to a given number of facts.
 */
final class BenchCorpus {
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-2]\\d)\\b");
  private static final String[] TYPES = {"ADMISSION", "RESOLUTION_ADOPTED", "ADDRESS", "MEETING", "VISIT",
      "MEMBERSHIP_TERM", "AGREEMENT", "APPOINTMENT", "AWARD", "PROGRAM"};

  private final List<Document> seeds;
  private final List<List<String>> sentences;
  private final int targetChars;

  BenchCorpus(List<Document> seeds, int targetChars) {
    this.seeds = List.copyOf(seeds);
    this.targetChars = targetChars;
    this.sentences = new ArrayList<>();
    for (Document d : seeds) {
      List<String> own = new ArrayList<>();
      for (Sentence s : new SentenceSplitter(d.lang(), Set.of()).split(d.text())) {
        own.add(d.text().substring(s.start(), s.end()));
      }
      sentences.add(own);
    }
  }

  /** Document {@code i}: sentences of seed {@code i mod seeds}, shuffled, years shifted by i. */
  Document document(int i) {
    int seed = i % seeds.size();
    List<String> pool = sentences.get(seed);
    Random random = new Random(i);
    StringBuilder text = new StringBuilder(targetChars + 512);
    int shift = i % 25;
    while (text.length() < targetChars) {
      text.append(shiftYears(pool.get(random.nextInt(pool.size())), shift)).append(random.nextInt(8) == 0 ? "\n\n" : " ");
    }
    return new Document("bench_" + i, seeds.get(seed).lang(), text.toString(), null, null, "text");
  }

  private static String shiftYears(String sentence, int shift) {
    Matcher m = YEAR.matcher(sentence);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Integer.toString(Integer.parseInt(m.group()) - shift));
    }
    return m.appendTail(b).toString();
  }

  /**
   * {@code count} facts over document {@code d}: each sentence in turn is the evidence of one
   * fact of a varied type and date (1990-2024) naming two of {@code entities} states.
   */
  static DocumentResult syntheticFacts(Document d, int count, int entities) {
    Random random = new Random(d.id().hashCode());
    CodePointIndex cps = new CodePointIndex(d.text());
    List<Sentence> sents = new SentenceSplitter(d.lang(), Set.of()).split(d.text());
    Map<String, Entity> used = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Sentence s = sents.get(k % sents.size());
      Evidence ev = new Evidence(cps.toCodePoint(s.start()), cps.toCodePoint(s.end()), d.text().substring(s.start(), s.end()));
      String a = "state:s" + random.nextInt(entities);
      String b = "org:o" + random.nextInt(entities / 4 + 1);
      used.computeIfAbsent(a, id -> entity(id, EntityKind.STATE, ev));
      used.computeIfAbsent(b, id -> entity(id, EntityKind.ORG, ev));
      String date = String.format(java.util.Locale.ROOT, "%d-%02d-%02d", 1990 + random.nextInt(35),
          1 + random.nextInt(12), 1 + random.nextInt(28));
      events.add(new Event("e" + (k + 1), TYPES[random.nextInt(TYPES.length)], date, ev,
          Map.of("state", List.of(a), "body", List.of(b)), Map.of(), null, null));
    }
    return new DocumentResult(new DocInfo(d.id(), d.lang(), null, "text", null), List.of(),
        new ArrayList<>(used.values()), events, List.of(), null);
  }

  private static Entity entity(String id, EntityKind kind, Evidence ev) {
    String name = "Entity " + id.substring(id.indexOf(':') + 1);
    return new Entity(id, kind, name, List.of(name), List.of(new Mention(ev.start(), ev.start(), "")), null);
  }
}
