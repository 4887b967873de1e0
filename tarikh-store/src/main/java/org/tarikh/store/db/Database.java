package org.tarikh.store.db;

import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tarikh.store.StoreException;
import org.tarikh.store.StoreLocation;

/**
 * One open connection to a chronicle database, migrated on open. SQLite runs in WAL mode with
 * {@code synchronous=NORMAL} (a killed process loses nothing committed) and foreign keys on;
 * one connection serves one writer at a time, so every method is synchronized.
 */
public final class Database implements AutoCloseable {
  private final StoreLocation location;
  private final Handle handle;

  private Database(StoreLocation location, Handle handle) {
    this.location = location;
    this.handle = handle;
  }

  /** Opens (creating an SQLite file if needed) and migrates the database. */
  public static Database open(StoreLocation location) {
    DataSource source = dataSource(location);
    Migrations.migrate(source, location.kind());
    try {
      return new Database(location, Jdbi.create(source).open());
    } catch (JdbiException e) {
      throw new StoreException("cannot open " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  private static DataSource dataSource(StoreLocation location) {
    if (location.kind() == StoreLocation.Kind.SQLITE) {
      createParentFolder(location);
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(30_000);
      // Lists read rows in index order, so at random in the table: keep up to 64 MB of pages in
      // memory and read the file through a memory map instead of one system call per page.
      config.setCacheSize(-64 * 1024);
      config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(256L << 20));
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(location.jdbcUrl());
      return ds;
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(location.jdbcUrl());
    ds.setUser(location.user());
    if (location.password() != null) {
      ds.setPassword(location.password());
    }
    return ds;
  }

  private static void createParentFolder(StoreLocation location) {
    java.nio.file.Path file = java.nio.file.Path.of(location.describe());
    try {
      java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
  }

  public StoreLocation location() {
    return location;
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none. */
  public synchronized <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
    return handle.inTransaction(work);
  }

  /** Runs read-only {@code work} on the connection. */
  public synchronized <R> R read(HandleCallback<R, RuntimeException> work) {
    return work.withHandle(handle);
  }

  /** The number of the last committed change. */
  public long changeSeq() {
    return read(h -> h.createQuery("SELECT change_seq FROM store_state WHERE id = 1").mapTo(Long.class).one());
  }

  /** This store's random id, made on first open; tells it from another store at the same path. */
  public String storeId() {
    return inTransaction(h -> {
      h.createUpdate("UPDATE store_state SET store_id = :id WHERE id = 1 AND store_id IS NULL")
          .bind("id", java.util.UUID.randomUUID().toString()).execute();
      return h.createQuery("SELECT store_id FROM store_state WHERE id = 1").mapTo(String.class).one();
    });
  }

  /** Increments and returns the change number; call first in a write transaction. */
  static long nextChange(Handle h) {
    h.createUpdate("UPDATE store_state SET change_seq = change_seq + 1 WHERE id = 1").execute();
    return h.createQuery("SELECT change_seq FROM store_state WHERE id = 1").mapTo(Long.class).one();
  }

  @Override
  public synchronized void close() {
    try {
      handle.close();
    } catch (JdbiException e) {
      throw new StoreException("cannot close " + location.describe() + ": " + e.getMessage(), e);
    }
  }
}
