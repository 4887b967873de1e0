package org.tarikh.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tarikh.model.Alignment;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.store.db.AlignmentDao;
import org.tarikh.store.db.AuditLog;
import org.tarikh.store.db.Database;
import org.tarikh.store.db.FactDao;
import org.tarikh.store.db.Ingestion;
import org.tarikh.store.db.IntegrityCheck;
import org.tarikh.store.db.ResultReader;
import org.tarikh.store.search.SearchHit;
import org.tarikh.store.search.SearchIndex;
import org.tarikh.store.search.SearchRequest;

/**
 * A chronicle: documents, their versions and facts in a database (SQLite file or PostgreSQL),
 * searchable through a Lucene index kept beside it. Opening creates and migrates the database
 * if needed and brings the index up to date. Each document is stored in its own transaction
 * (see {@link #ingest(Document, DocumentResult)}), so a crash leaves every document complete or
 * absent. One writer at a time: methods are not meant to be called from several threads.
 *
 * <pre>{@code
 * try (ChronicleStore store = ChronicleStore.openTemporary()) {
 *   store.ingest(document, Tarikh.standardPipeline());
 *   List<SearchHit> hits = store.search(SearchRequest.of("Security Council"));
 * }
 * }</pre>
 */
public final class ChronicleStore implements AutoCloseable {
  private final Database db;
  private final SearchIndex index;
  private final IndexSync sync;
  private final String actor;
  private final Clock clock;
  private final Path deleteOnClose;

  private ChronicleStore(Database db, SearchIndex index, String actor, Clock clock, Path deleteOnClose) {
    this.db = db;
    this.index = index;
    this.sync = new IndexSync(db, index);
    this.actor = actor;
    this.clock = clock;
    this.deleteOnClose = deleteOnClose;
  }

  /** Opens the store at {@code location} as the current OS user. */
  public static ChronicleStore open(StoreLocation location) {
    return open(location, System.getProperty("user.name", "unknown"), Clock.systemUTC());
  }

  /** Opens the store, recording changes as made by {@code actor} at {@code clock}'s time. */
  public static ChronicleStore open(StoreLocation location, String actor, Clock clock) {
    return open(location, actor, clock, null);
  }

  /** A throw-away embedded store in a temporary folder, deleted on {@link #close()}. */
  public static ChronicleStore openTemporary() {
    try {
      Path dir = Files.createTempDirectory("tarikh-store");
      return open(StoreLocation.sqlite(dir.resolve("chronicle.db")), System.getProperty("user.name", "unknown"),
          Clock.systemUTC(), dir);
    } catch (IOException e) {
      throw new StoreException("cannot create a temporary store: " + e.getMessage(), e);
    }
  }

  private static ChronicleStore open(StoreLocation location, String actor, Clock clock, Path deleteOnClose) {
    Database db = Database.open(location);
    try {
      ChronicleStore store = new ChronicleStore(db, SearchIndex.open(location.indexDir()), actor, clock, deleteOnClose);
      store.sync.catchUp();
      return store;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  public StoreLocation location() {
    return db.location();
  }

  /** Whether {@code text} is already the current content of document {@code docId}. */
  public boolean isCurrent(String docId, String text) {
    return Ingestion.isCurrent(db, docId, text);
  }

  /**
   * Stores an extraction result in one transaction: the same content again is a no-op
   * ({@code UNCHANGED}); changed content becomes a new current version and the old facts stay as
   * history. A failure rolls back this document only and is returned as {@code FAILED}.
   */
  public IngestOutcome ingest(Document doc, DocumentResult result) {
    IngestOutcome outcome;
    try {
      outcome = Ingestion.store(db, doc, result, actor, clock.instant());
    } catch (RuntimeException e) {
      return IngestOutcome.failed(doc.id(), "not stored: " + e.getMessage());
    }
    if (outcome.status() == IngestOutcome.Status.ADDED || outcome.status() == IngestOutcome.Status.NEW_VERSION) {
      long seq = db.changeSeq();
      sync.stored(new ResultReader.Stored(doc, result, outcome.version()), seq);
    }
    return outcome;
  }

  /** Extracts {@code doc} with {@code pipeline} (unless its content is already current) and stores it. */
  public IngestOutcome ingest(Document doc, Pipeline pipeline) {
    if (isCurrent(doc.id(), doc.text())) {
      return ingest(doc, (DocumentResult) null);
    }
    DocumentResult result;
    try {
      result = pipeline.run(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return IngestOutcome.failed(doc.id(), "extraction failed: " + e);
    }
    return ingest(doc, result);
  }

  /** Stores the links and conflicts among some documents, replacing the earlier ones among them. */
  public void storeAlignment(Alignment alignment) {
    AlignmentDao.store(db, alignment, actor, clock.instant());
    sync.catchUp();
  }

  /** The current links and conflicts among all stored documents. */
  public Alignment alignment() {
    return db.read(AlignmentDao::current);
  }

  /** Searches the index (brought up to date first when another process wrote the database). */
  public List<SearchHit> search(SearchRequest request) {
    if (!sync.current()) {
      sync.catchUp();
    }
    return index.search(request);
  }

  /** Facts of current versions that answer {@code query}, in date order, with their sources. */
  public List<Fact> query(FactQuery query) {
    return db.read(h -> FactDao.find(h, query));
  }

  /** The current facts of a document, as extracted. */
  public Optional<DocumentResult> load(String docId) {
    return loadVersion(docId, 0);
  }

  /** The facts of one version of a document (0 for the current one). */
  public Optional<DocumentResult> loadVersion(String docId, int version) {
    return db.read(h -> ResultReader.load(h, docId, version)).map(ResultReader.Stored::result);
  }

  /** Every version of a document, oldest first. */
  public List<DocumentVersion> history(String docId) {
    return db.read(h -> org.tarikh.store.db.VersionQueries.history(h, docId));
  }

  /** Audit entries about a target ({@code doc:<id>}, {@code docs:<id>,<id>}), oldest first. */
  public List<AuditLog.Entry> audit(String target) {
    return db.read(h -> AuditLog.forTarget(h, target));
  }

  /** Problems found by an integrity check; empty when every version is complete. */
  public List<String> check() {
    return db.read(IntegrityCheck::problems);
  }

  /** Indexes everything again from the database. */
  public void rebuildIndex() {
    sync.rebuild();
  }

  /** Whether the search index reflects every change in the database. */
  public boolean indexCurrent() {
    return sync.current();
  }

  /** Makes the search index durable up to the last stored document. */
  public void flush() {
    sync.commit();
  }

  @Override
  public void close() {
    try {
      sync.commit();
      index.close();
    } finally {
      db.close();
      if (deleteOnClose != null) {
        deleteTree(deleteOnClose);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
