package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.io.FactsJson;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.StoreLocation;

/** {@code tarikh ingest}, {@code search} and {@code query} on an embedded store in a temporary folder. */
class StoreCommandsTest {
  private static final String EN = "Azerbaijan joined the United Nations on 2 March 1992.\n\n"
      + "The Security Council adopted resolutions on the conflict in 1993.\n";
  private static final String AR = "انضمت أذربيجان إلى الأمم المتحدة في ٢ مارس ١٩٩٢.\n";

  @TempDir
  Path tmp;
  Path docs;
  String db;

  @BeforeEach
  void writeDocuments() throws Exception {
    docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("en1.txt"), EN, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("ar1.txt"), AR, StandardCharsets.UTF_8);
    db = tmp.resolve("store").resolve("chronicle.db").toString();
  }

  @Test
  void ingestStoresOnceAndMakesANewVersionWhenADocumentChanges() throws Exception {
    assertThat(Cli.run("ingest", "--db", db, docs.toString()).out()).startsWith("2 added, 0 new versions, 0 unchanged, 0 failed");
    assertThat(Cli.run("ingest", "--db", db, docs.toString()).out()).startsWith("0 added, 0 new versions, 2 unchanged, 0 failed");
    Files.writeString(docs.resolve("en1.txt"), EN.replace("1993", "1994"), StandardCharsets.UTF_8);
    Cli.Result third = Cli.run("ingest", "--db", db, docs.toString());
    assertThat(third.code()).isZero();
    assertThat(third.out()).startsWith("0 added, 1 new versions, 1 unchanged, 0 failed");
  }

  @Test
  void aBadFileIsReportedAndTheOthersAreStored() throws Exception {
    Files.writeString(docs.resolve("broken.txt"), "");
    Cli.Result r = Cli.run("ingest", "--db", db, docs.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("failed").contains("broken.txt");
    assertThat(r.out()).startsWith("2 added, 0 new versions, 0 unchanged, 1 failed");
  }

  @Test
  void searchFindsEverySpellingAndPrintsSourceOffsets() {
    Cli.run("ingest", "--db", db, docs.toString());
    for (String spelling : List.of("أذربيجان", "اذربيجان", "آذربيجان")) {
      Cli.Result r = Cli.run("search", "--db", db, spelling, "--lang", "ar");
      assertThat(r.code()).isZero();
      assertThat(r.out()).as(spelling).contains("ar1@1 [0,").contains("انضمت أذربيجان");
    }
    Cli.Result stemmed = Cli.run("search", "--db", db, "adopting", "--from", "1993", "--to", "1993");
    assertThat(stemmed.out()).contains("en1@1").contains("adopted resolutions");
    assertThat(Cli.run("search", "--db", db, "--rebuild", "joining").out()).contains("Azerbaijan joined");
  }

  @Test
  void queryListsFactsAsATableJsonOrCsv() {
    storeOneFact();
    Cli.Result table = Cli.run("query", "--db", db, "--entity", "state:aze", "--from", "1990", "--to", "1995");
    assertThat(table.out()).contains("1992-03-02").contains("ADMISSION").contains("body=org:un state=state:aze")
        .contains("en1@1 [0,53)").contains("Azerbaijan joined the United Nations");
    Cli.Result csv = Cli.run("query", "--db", db, "--entity", "state:aze", "--format", "csv");
    assertThat(csv.out().split("\r\n")).containsExactly("date,type,args,doc,version,start,end,source,evidence",
        "1992-03-02,ADMISSION,body=org:un state=state:aze,en1,1,0,53,,Azerbaijan joined the United Nations on 2 March 1992.");
    JsonNode json = parse(Cli.run("query", "--db", db, "--entity", "state:aze", "--format", "json").out());
    assertThat(json.get(0).path("source").path("doc").asText()).isEqualTo("en1");
    assertThat(json.get(0).path("begin").asText()).isEqualTo("1992-03-02");
    assertThat(Cli.run("query", "--db", db, "--entity", "state:aze", "--from", "1993").out()).contains("no facts");
    assertThat(Cli.run("query", "--db", db).code()).isEqualTo(2);
    assertThat(Cli.run("query", "--db", db, "--entity", "x", "--from", "May").code()).isEqualTo(2);
  }

  private void storeOneFact() {
    Document d = new Document("en1", "en", EN, null, null, "text");
    Event e = new Event("e1", "ADMISSION", "1992-03-02", new Evidence(0, 53, EN.substring(0, 53)),
        Map.of("state", List.of("state:aze"), "body", List.of("org:un")), Map.of(), null, null);
    try (ChronicleStore s = ChronicleStore.open(StoreLocation.sqlite(Path.of(db)))) {
      s.ingest(d, new DocumentResult(new DocInfo("en1", "en", null, "text", null), List.of(), List.of(), List.of(e),
          List.of(), null));
    }
  }

  private static JsonNode parse(String json) {
    try {
      return FactsJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
