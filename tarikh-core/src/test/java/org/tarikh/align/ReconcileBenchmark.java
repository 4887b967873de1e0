package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;

/**
 * Speed of the reconciler on synthetic documents about one subject (not a timed unit test: it
 * runs only with {@code -Dbench=true} and prints its figures):
 * {@code ./mvnw -o -B -pl tarikh-core test -Dtest=ReconcileBenchmark -Dbench=true}.
 * A pool of facts (types, days 1990-2023, entities, resolution numbers) is sampled 100 at a time
 * per document, each statement perturbed as real documents are (coarser dates, dropped entities,
 * now and then a conflicting month).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReconcileBenchmark {
  private static final String[] TYPES = {"ADDRESS", "MEETING", "RESOLUTION_ADOPTED", "VISIT", "AGREEMENT",
      "AWARD", "APPOINTMENT", "PROGRAM", "MEMBERSHIP_TERM", "HOSTING"};

  record Fact(String type, LocalDate day, List<String> entities, String number) {
  }

  static List<Fact> pool(Random r, int size) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String type = TYPES[r.nextInt(TYPES.length)];
      LocalDate day = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(34 * 365));
      List<String> ents = new ArrayList<>(List.of("state:aze"));
      for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
        ents.add((r.nextBoolean() ? "org:body" : "person:p") + r.nextInt(80));
      }
      String number = type.equals("RESOLUTION_ADOPTED") ? String.valueOf(700 + i) : null;
      facts.add(new Fact(type, day, ents, number));
    }
    return facts;
  }

  static DocumentResult document(Random r, int index, List<Fact> pool, int events) {
    List<Event> out = new ArrayList<>();
    List<Fact> shuffled = new ArrayList<>(pool);
    java.util.Collections.shuffle(shuffled, r);
    for (Fact f : shuffled.subList(0, events)) {
      String date = switch (r.nextInt(4)) {
        case 0 -> String.valueOf(f.day().getYear());
        case 1 -> f.day().toString().substring(0, 7);
        default -> f.day().toString();
      };
      if (r.nextInt(40) == 0) {
        date = f.day().plusMonths(1).toString().substring(0, 7);
      }
      List<String> ents = new ArrayList<>(f.entities());
      if (ents.size() > 2 && r.nextInt(5) == 0) {
        ents.remove(ents.size() - 1);
      }
      Map<String, Object> attrs = f.number() == null ? Map.of() : Map.of("numbers", List.of(f.number()));
      String evidence = "In " + date + " the fact " + f.type().toLowerCase() + " was stated about " + String.join(" and ", ents);
      out.add(new Event("e" + (out.size() + 1), f.type(), date, new Evidence(0, evidence.length(), evidence),
          Map.of("participants", ents), attrs, null, null));
    }
    String lang = index % 2 == 0 ? "en" : "ar";
    return new DocumentResult(new DocInfo("doc" + index, lang, null, "text", null), List.of(), List.of(), out, List.of(), null);
  }

  @Test
  void twoDocumentsOfHundredEventsAndThousandDocuments() {
    Random r = new Random(7);
    List<Fact> pool = pool(r, 300);
    List<DocumentResult> pair = List.of(document(r, 0, pool, 100), document(r, 1, pool, 100));
    Reconciler rec = Reconciler.standard();
    for (int i = 0; i < 300; i++) {
      rec.reconcile(pair);
    }
    int runs = 500;
    long t0 = System.nanoTime();
    Alignment a = null;
    for (int i = 0; i < runs; i++) {
      a = rec.reconcile(pair);
    }
    double pairMs = (System.nanoTime() - t0) / 1e6 / runs;
    List<DocumentResult> many = new ArrayList<>();
    for (int d = 0; d < 1000; d++) {
      many.add(document(r, d, pool, 100));
    }
    long t1 = System.nanoTime();
    Alignment big = rec.reconcile(many);
    double manyMs = (System.nanoTime() - t1) / 1e6;
    Map<String, Integer> fields = new HashMap<>();
    big.conflicts().forEach(c -> fields.merge(c.field(), 1, Integer::sum));
    System.out.printf("BENCH 2x100 events: %.2f ms per reconcile (%d links)%n", pairMs, a.links().size());
    System.out.printf("BENCH 1000 docs x 100 events: %.0f ms (%d links, %d conflicts %s)%n", manyMs,
        big.links().size(), big.conflicts().size(), fields);
    assertThat(a.links()).isNotEmpty();
    assertThat(big.links().size()).isLessThan(100 * 1000);
  }
}
