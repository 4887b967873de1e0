package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.store.search.SearchRequest;

/**
 * Kills a child JVM in the middle of an ingest, then checks that every document is complete or
 * absent, and that running the ingest again completes the work without duplicates.
 */
class CrashRecoveryTest {
  private static final int DOCUMENTS = 600;

  @TempDir
  Path tmp;

  @Test
  void killingAnIngestLeavesTheStoreConsistentAndARerunCompletesIt() throws Exception {
    Path db = tmp.resolve("chronicle.db");
    Process child = start(db);
    int seen = waitForStored(child, 40);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the child was killed before it finished").isLessThan(DOCUMENTS - 1);

    int stored;
    try (ChronicleStore store = ChronicleStore.open(StoreLocation.sqlite(db))) {
      assertThat(store.check()).isEmpty();
      stored = (int) countStored(store);
      assertThat(stored).isBetween(seen, DOCUMENTS - 1);
      for (int i = 0; i < DOCUMENTS; i++) {
        Document d = Samples.numbered(i);
        store.load(d.id()).ifPresent(r -> assertThat(r.events()).isEqualTo(Samples.numberedResult(d).events()));
      }
    }

    Process rerun = start(db);
    rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();

    try (ChronicleStore store = ChronicleStore.open(StoreLocation.sqlite(db))) {
      assertThat(store.check()).isEmpty();
      assertThat(countStored(store)).isEqualTo(DOCUMENTS);
      for (int i : List.of(0, stored - 1, stored, DOCUMENTS - 1)) {
        Document d = Samples.numbered(i);
        DocumentResult r = store.load(d.id()).orElseThrow();
        assertThat(r.events()).isEqualTo(Samples.numberedResult(d).events());
        assertThat(store.history(d.id())).hasSize(1);
        assertThat(store.search(SearchRequest.of("number" + i))).extracting(h -> h.docId()).contains(d.id());
      }
      assertThat(store.indexCurrent()).isTrue();
    }
  }

  private static long countStored(ChronicleStore store) {
    return store.query(FactQuery.all().withType("AGREEMENT").withLimit(DOCUMENTS * 2)).size();
  }

  private static Process start(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestChild.class.getName(), db.toString(), Integer.toString(DOCUMENTS))
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's lines until it reports {@code atLeast} documents; returns the last one seen. */
  private static int waitForStored(Process child, int atLeast) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    int last = -1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.startsWith("stored ")) {
        last = Integer.parseInt(line.substring(7));
        if (last + 1 >= atLeast) {
          return last + 1;
        }
      }
    }
    throw new AssertionError("the child ended before storing " + atLeast + " documents");
  }
}
