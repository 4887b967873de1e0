package org.tarikh.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server that the test starts itself (zonky's
 * embedded PostgreSQL binaries from Maven Central): one server for the class, a new database
 * per test.
 */
class PostgresStoreTest extends StoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Override
  StoreLocation freshLocation(Path dir) throws Exception {
    String name = "chronicle_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = "postgresql://postgres@localhost:" + server.getPort() + "/" + name;
    return StoreLocation.parse(url, java.util.Map.of()).withIndexDir(dir.resolve("index"));
  }
}
