package org.tarikh.cli;

import org.tarikh.store.StoreException;
import org.tarikh.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option of the store commands. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "PATH|postgresql://…",
      description = "The chronicle: an SQLite file (created on first use) or postgresql://user@host:port/db "
          + "(password from the URL or PGPASSWORD). Default: $TARIKH_DB, else chronicle.db in "
          + "$XDG_DATA_HOME/tarikh or ~/.local/share/tarikh.")
  String db;

  StoreLocation location() {
    try {
      return db == null ? StoreLocation.defaultLocation(System.getenv()) : StoreLocation.parse(db, System.getenv());
    } catch (StoreException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
