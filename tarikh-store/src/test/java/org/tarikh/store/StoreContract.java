package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Link;
import org.tarikh.store.db.AuditLog;
import org.tarikh.store.search.SearchHit;
import org.tarikh.store.search.SearchRequest;

/**
 * What every chronicle store must do, whatever the database: subclasses give a fresh location
 * (an SQLite file, a new PostgreSQL database) and inherit every test.
 */
abstract class StoreContract {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir
  Path tmp;

  StoreLocation location;
  ChronicleStore store;

  /** A new, empty store whose index lives under {@code dir}. */
  abstract StoreLocation freshLocation(Path dir) throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    location = freshLocation(tmp);
    store = ChronicleStore.open(location, "tester", CLOCK);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private void ingestBoth() {
    assertThat(store.ingest(Samples.english(), Samples.englishResult()).status()).isEqualTo(IngestOutcome.Status.ADDED);
    assertThat(store.ingest(Samples.arabic(), Samples.arabicResult()).status()).isEqualTo(IngestOutcome.Status.ADDED);
  }

  @Test
  void storedResultReadsBackAsIngested() {
    DocumentResult r = Samples.englishResult();
    store.ingest(Samples.english(), r);
    DocumentResult back = store.load("en_doc").orElseThrow();
    assertThat(back.timexes()).isEqualTo(r.timexes());
    assertThat(back.entities()).isEqualTo(r.entities());
    assertThat(back.events()).isEqualTo(r.events());
    assertThat(back.findings()).isEqualTo(r.findings());
    assertThat(store.check()).isEmpty();
  }

  @Test
  void ingestingTheSameContentAgainChangesNothing() {
    store.ingest(Samples.english(), Samples.englishResult());
    IngestOutcome again = store.ingest(Samples.english(), Samples.englishResult());
    assertThat(again.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
    assertThat(again.version()).isEqualTo(1);
    assertThat(store.history("en_doc")).hasSize(1);
    assertThat(store.audit("doc:en_doc")).hasSize(1);
  }

  @Test
  void changedContentBecomesANewVersionAndKeepsTheOldFacts() {
    store.ingest(Samples.english(), Samples.englishResult());
    Document changed = new Document("en_doc", "en", Samples.EN_TEXT.replace("1993", "1994"), null, null, "text");
    DocumentResult changedResult = Samples.englishResult(changed, "1994");
    IngestOutcome out = store.ingest(changed, changedResult);

    assertThat(out.status()).isEqualTo(IngestOutcome.Status.NEW_VERSION);
    assertThat(out.version()).isEqualTo(2);
    assertThat(store.history("en_doc")).extracting(DocumentVersion::version, DocumentVersion::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
    assertThat(store.load("en_doc").orElseThrow().events()).extracting(e -> e.date()).contains("1994");
    assertThat(store.loadVersion("en_doc", 1).orElseThrow().events()).extracting(e -> e.date()).contains("1993");
    assertThat(store.query(FactQuery.all().withType("RESOLUTION_ADOPTED"))).extracting(Fact::date)
        .containsExactly("1994");
    List<AuditLog.Entry> audit = store.audit("doc:en_doc");
    assertThat(audit).extracting(AuditLog.Entry::action).containsExactly("ingest", "new-version");
    assertThat(audit.get(1).actor()).isEqualTo("tester");
    assertThat(audit.get(1).at()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(audit.get(1).before()).contains("\"version\":1");
    assertThat(audit.get(1).after()).contains("\"version\":2");
    assertThat(store.check()).isEmpty();
  }

  @Test
  void aFailingDocumentRollsBackAloneAndIsReported() {
    DocumentResult good = Samples.englishResult();
    // The same entity listed twice violates the schema half-way through the document's writes.
    List<org.tarikh.model.Entity> twice = new java.util.ArrayList<>(good.entities());
    twice.add(good.entities().get(0));
    DocumentResult bad = new DocumentResult(good.doc(), good.timexes(), twice, good.events(), good.findings(), null);

    IngestOutcome failed = store.ingest(Samples.english(), bad);
    IngestOutcome ok = store.ingest(Samples.arabic(), Samples.arabicResult());

    assertThat(failed.status()).isEqualTo(IngestOutcome.Status.FAILED);
    assertThat(failed.message()).isNotBlank();
    assertThat(ok.status()).isEqualTo(IngestOutcome.Status.ADDED);
    assertThat(store.history("en_doc")).isEmpty();
    assertThat(store.load("en_doc")).isEmpty();
    assertThat(store.check()).isEmpty();
    assertThat(store.ingest(Samples.english(), good).status()).isEqualTo(IngestOutcome.Status.ADDED);
  }

  @Test
  void arabicSpellingsOfANameFindTheSameFacts() {
    ingestBoth();
    for (String spelling : List.of("أذربيجان", "اذربيجان", "آذربيجان", "أَذْرَبِيجَان")) {
      List<SearchHit> hits = store.search(SearchRequest.of(spelling).withLang("ar").withType("ADMISSION"));
      assertThat(hits).as(spelling).extracting(SearchHit::docId, SearchHit::eventId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ar_doc", "e1"));
    }
  }

  @Test
  void arabicIndicDigitsMatchAsciiDigits() {
    ingestBoth();
    assertThat(store.search(SearchRequest.of("1992").withLang("ar").withType("ADMISSION")))
        .extracting(SearchHit::docId).containsExactly("ar_doc");
  }

  @Test
  void aNameInOneScriptFindsFactsWrittenInTheOther() {
    ingestBoth();
    List<SearchHit> hits = store.search(SearchRequest.of("أذربيجان").withLang("en"));
    assertThat(hits).extracting(SearchHit::kind).contains(SearchHit.Kind.FACT);
    assertThat(hits).allSatisfy(h -> assertThat(h.docId()).isEqualTo("en_doc"));
  }

  @Test
  void englishWordsMatchTheirInflections() {
    ingestBoth();
    List<SearchHit> hits = store.search(SearchRequest.of("adopting resolution").withType("RESOLUTION_ADOPTED"));
    assertThat(hits).hasSize(1);
    SearchHit h = hits.get(0);
    assertThat(h.text()).startsWith("In 1993 the Security Council adopted resolutions");
    assertThat(Samples.EN_TEXT.substring(h.start(), h.end())).isEqualTo(h.text());
    assertThat(h.date()).isEqualTo("1993");
  }

  @Test
  void searchFiltersByEntityTypeAndPeriod() {
    ingestBoth();
    assertThat(store.search(SearchRequest.of("Azerbaijan").withEntity("org:unsc").withType("MEMBERSHIP_TERM")))
        .extracting(SearchHit::docId, SearchHit::date)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ar_doc", "2012/2013"));
    assertThat(store.search(SearchRequest.of("Azerbaijan").withType("ADMISSION")
        .between(LocalDate.of(1992, 1, 1), LocalDate.of(1992, 12, 31)))).hasSize(2);
    assertThat(store.search(SearchRequest.of("Azerbaijan").withType("ADMISSION")
        .between(LocalDate.of(1993, 1, 1), LocalDate.of(2011, 12, 31)))).isEmpty();
    assertThat(store.search(SearchRequest.of("Security Council").withLimit(50)))
        .extracting(SearchHit::kind).contains(SearchHit.Kind.FACT, SearchHit.Kind.SENTENCE, SearchHit.Kind.ENTITY);
  }

  @Test
  void queryListsAnEntitysFactsInDateOrderWithinAPeriod() {
    ingestBoth();
    List<Fact> facts = store.query(FactQuery.all().withEntity("state:aze")
        .between(LocalDate.of(1992, 1, 1), LocalDate.of(2014, 12, 31)));
    assertThat(facts).extracting(Fact::date).containsExactly("1992-03-02", "1992-03-02", "1993", "2012/2013");
    Fact resolution = facts.get(2);
    assertThat(resolution.args()).containsEntry("body", List.of("org:unsc"));
    assertThat(resolution.attrs()).containsEntry("numbers", List.of("822", "853", "874", "884"));
    assertThat(resolution.source()).isEqualTo("en_doc.txt");
    assertThat(store.query(FactQuery.all().withEntity("org:unsc").withType("MEMBERSHIP_TERM")
        .between(LocalDate.of(2013, 6, 1), null))).extracting(Fact::docId).containsExactly("ar_doc");
    assertThat(store.query(FactQuery.all().withEntity("org:unsc").between(null, LocalDate.of(1992, 12, 31)))).isEmpty();
  }

  @Test
  void alignmentsAreStoredAndAReplacementRetiresTheOldOne() {
    ingestBoth();
    List<String> docs = List.of("en_doc", "ar_doc");
    store.storeAlignment(new Alignment(docs, List.of(new Link("en_doc#e1", "ar_doc#e1", 0.9, List.of("same date"))),
        List.of(new Conflict("en_doc#e2", "ar_doc#e2", "date", "1993", "2012/2013"))));
    store.storeAlignment(new Alignment(docs, List.of(new Link("en_doc#e1", "ar_doc#e1", 0.95, List.of("same date"))),
        List.of()));
    Alignment current = store.alignment();
    assertThat(current.links()).extracting(Link::score).containsExactly(0.95);
    assertThat(current.conflicts()).isEmpty();
    assertThat(store.audit("docs:en_doc,ar_doc")).hasSize(2);
  }

  @Test
  void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
    ingestBoth();
    store.close();
    try (var files = java.nio.file.Files.walk(location.indexDir())) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    store = ChronicleStore.open(location, "tester", CLOCK);
    assertThat(store.indexCurrent()).isTrue();
    assertThat(store.search(SearchRequest.of("اذربيجان").withType("MEMBERSHIP_TERM"))).hasSize(1);
  }

  @Test
  void entityNamesInEveryScriptAreSearchable() {
    ingestBoth();
    List<SearchHit> hits = store.search(SearchRequest.of("مجلس الامن"));
    assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.ENTITY)
        .extracting(SearchHit::entityId).containsExactly("org:unsc");
    assertThat(store.search(SearchRequest.of("\"Security Council\"")))
        .filteredOn(h -> h.kind() == SearchHit.Kind.ENTITY).singleElement()
        .satisfies(h -> assertThat(h.text()).contains("مجلس الأمن"));
  }

  @Test
  void aCorrectionIsReadBackAuditedAndSurvivesANewVersion() {
    ingestBoth();
    Fact resolution = store.query(FactQuery.all().withType("RESOLUTION_ADOPTED").withDoc("en_doc")).get(0);
    FactKey key = resolution.key();
    assertThat(FactKey.parse(key.toString())).isEqualTo(key);
    store.review(key, Review.correct("1993-04-30", Map.of("body", List.of("org:unsc"), "subject", List.of("state:aze")),
        null, "resolution 822"), "editor1");

    Fact corrected = store.query(FactQuery.all().withType("RESOLUTION_ADOPTED").withDoc("en_doc")).get(0);
    assertThat(corrected.date()).isEqualTo("1993-04-30");
    assertThat(corrected.args()).containsEntry("subject", List.of("state:aze"));
    assertThat(corrected.attrs()).containsEntry("numbers", List.of("822", "853", "874", "884"));
    assertThat(corrected.review().verdict()).isEqualTo(Review.Verdict.CORRECTED);
    assertThat(corrected.review().actor()).isEqualTo("editor1");
    assertThat(store.query(FactQuery.all().withDoc("en_doc").between(LocalDate.of(1993, 4, 1), LocalDate.of(1993, 4, 30))))
        .extracting(Fact::key).containsExactly(key);
    List<AuditLog.Entry> audit = store.audit(key.auditTarget());
    assertThat(audit).extracting(AuditLog.Entry::action, AuditLog.Entry::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("review-corrected", "editor1"));
    assertThat(audit.get(0).before()).contains("\"date\":\"1993\"");
    assertThat(audit.get(0).after()).contains("1993-04-30");

    Document changed = new Document("en_doc", "en", Samples.EN_TEXT + " It was a busy year.", null, null, "text");
    assertThat(store.ingest(changed, Samples.englishResult(changed, "1993")).status())
        .isEqualTo(IngestOutcome.Status.NEW_VERSION);
    Fact again = store.query(FactQuery.all().withType("RESOLUTION_ADOPTED").withDoc("en_doc")).get(0);
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.date()).isEqualTo("1993-04-30");
  }

  @Test
  void twoFactsOfATypeInOneClauseAreReviewedApartAlsoAfterANewVersion() {
    Document d = Samples.twoDates("");
    store.ingest(d, Samples.twoDatesResult(d));
    List<Fact> both = store.query(FactQuery.all().withDoc("two_dates"));
    assertThat(both).extracting(f -> f.key().toString())
        .containsExactly("two_dates:PRESIDENCY:0-70:2012-05", "two_dates:PRESIDENCY:0-70:2013-10");
    store.review(both.get(1).key(), Review.correct("2013-11", null, null, "November"), "editor1");
    store.review(both.get(0).key(), Review.reject("not a presidency"), "editor1");

    assertThat(store.query(FactQuery.all().withDoc("two_dates"))).singleElement().satisfies(f -> {
      assertThat(f.date()).isEqualTo("2013-11");
      assertThat(f.key()).isEqualTo(both.get(1).key());
    });
    Document changed = Samples.twoDates(" It was its second term.");
    store.ingest(changed, Samples.twoDatesResult(changed));
    assertThat(store.query(FactQuery.all().withDoc("two_dates").includingRejected(true)))
        .extracting(Fact::version, Fact::date, f -> f.review().verdict())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "2012-05", Review.Verdict.REJECTED),
            org.assertj.core.groups.Tuple.tuple(2, "2013-11", Review.Verdict.CORRECTED));
    assertThat(store.query(FactQuery.all().withDoc("two_dates").between(LocalDate.of(2013, 11, 1),
        LocalDate.of(2013, 11, 30)))).hasSize(1);
    assertThat(store.query(FactQuery.all().withDoc("two_dates").between(LocalDate.of(2013, 10, 1),
        LocalDate.of(2013, 10, 31)))).isEmpty();
  }

  @Test
  void aRejectedFactIsListedOnlyWhenAskedFor() {
    ingestBoth();
    Fact admission = store.query(FactQuery.all().withType("ADMISSION").withDoc("ar_doc")).get(0);
    store.review(admission.key(), Review.reject("not stated"), "editor1");
    assertThat(store.query(FactQuery.all().withType("ADMISSION"))).extracting(Fact::docId).containsExactly("en_doc");
    assertThat(store.query(FactQuery.all().withType("ADMISSION").includingRejected(true))).hasSize(2);
    store.review(admission.key(), Review.accept(null), "editor2");
    assertThat(store.query(FactQuery.all().withType("ADMISSION"))).hasSize(2);
    assertThat(store.audit(admission.key().auditTarget())).extracting(AuditLog.Entry::action)
        .containsExactly("review-rejected", "review-accepted");
    assertThat(store.reviewOf(admission.key())).get().extracting(Review::actor).isEqualTo("editor2");
  }

  @Test
  void reviewingAFactThatIsNotStoredFails() {
    ingestBoth();
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            store.review(new FactKey("en_doc", "ADMISSION", 1, 2, "1992-03-02"), Review.accept(null), "editor1"))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void factsArePagedInAStableOrder() {
    ingestBoth();
    List<Fact> all = store.query(FactQuery.all());
    List<Fact> paged = new java.util.ArrayList<>();
    for (int skip = 0; skip < all.size(); skip += 2) {
      paged.addAll(store.query(FactQuery.all().page(skip, 2)));
    }
    assertThat(paged).extracting(Fact::key).containsExactlyElementsOf(all.stream().map(Fact::key).toList());
  }

  @Test
  void usersAreStoredWithTheirRole() {
    store.putUser(new UserAccount("amina", "editor", "pbkdf2$x", null));
    assertThat(store.user("amina")).get().extracting(UserAccount::role).isEqualTo("editor");
    assertThat(store.user("nobody")).isEmpty();
    assertThat(store.audit("user:amina")).extracting(AuditLog.Entry::action).containsExactly("user-add");
  }

  static Map<String, String> env() {
    return Map.of();
  }
}
