package org.tarikh.store.db;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.tarikh.store.StoreException;
import org.tarikh.store.StoreLocation;

/**
 * Brings a database to the current schema with Flyway. Both databases run the portable scripts
 * in {@code org/tarikh/store/db/common}; PostgreSQL also runs {@code db/postgresql} (its full-text
 * indexes). Reads the migration scripts from the classpath; writes the schema and Flyway's
 * history table.
 */
public final class Migrations {
  static final String COMMON = "classpath:org/tarikh/store/db/common";
  static final String POSTGRESQL = "classpath:org/tarikh/store/db/postgresql";

  /** Flyway reports every step through java.util.logging; Tarikh reports only failures. */
  private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

  private Migrations() {
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  /** Migrates the database behind {@code source}; returns how many scripts ran. */
  public static int migrate(DataSource source, StoreLocation.Kind kind) {
    FLYWAY_LOG.fine("migrating");
    List<String> locations = new ArrayList<>(List.of(COMMON));
    if (kind == StoreLocation.Kind.POSTGRESQL) {
      locations.add(POSTGRESQL);
    }
    try {
      return Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(source)
          .locations(locations.toArray(String[]::new))
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("cannot bring the database to Tarikh's schema: " + e.getMessage(), e);
    }
  }
}
