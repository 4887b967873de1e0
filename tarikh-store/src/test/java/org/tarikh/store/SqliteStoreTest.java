package org.tarikh.store;

import java.nio.file.Path;

/** The store contract on the embedded SQLite store. */
class SqliteStoreTest extends StoreContract {
  @Override
  StoreLocation freshLocation(Path dir) {
    return StoreLocation.sqlite(dir.resolve("data").resolve("chronicle.db"));
  }
}
