package org.tarikh.store;

import java.nio.file.Path;
import org.tarikh.model.Document;

/**
 * The process {@link CrashRecoveryTest} kills: ingests generated documents 0..n-1 into the
 * SQLite store at {@code args[0]}, printing {@code stored <i>} after each.
 */
public final class CrashIngestChild {
  private CrashIngestChild() {
  }

  public static void main(String[] args) {
    int n = Integer.parseInt(args[1]);
    try (ChronicleStore store = ChronicleStore.open(StoreLocation.sqlite(Path.of(args[0])))) {
      for (int i = 0; i < n; i++) {
        Document d = Samples.numbered(i);
        IngestOutcome out = store.ingest(d, Samples.numberedResult(d));
        if (out.status() == IngestOutcome.Status.FAILED) {
          throw new IllegalStateException(out.message());
        }
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }
}
