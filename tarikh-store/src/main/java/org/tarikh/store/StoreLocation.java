package org.tarikh.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a chronicle lives: an SQLite file (the default, created on first use) or a PostgreSQL
 * database given as {@code postgresql://user:password@host:port/db}, and the folder of its
 * search index (beside an SQLite file as {@code <file>.index}; for PostgreSQL, under the user's
 * data directory, one per server and database, since the index is rebuilt from the database).
 *
 * @param kind which database
 * @param jdbcUrl the JDBC URL
 * @param user user name (empty for SQLite)
 * @param password password, or {@code null}
 * @param indexDir folder of the Lucene index
 */
public record StoreLocation(Kind kind, String jdbcUrl, String user, String password, Path indexDir) {
  /** The two kinds of database Tarikh runs on. */
  public enum Kind { SQLITE, POSTGRESQL }

  /** An SQLite file; its index goes beside it. */
  public static StoreLocation sqlite(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return new StoreLocation(Kind.SQLITE, "jdbc:sqlite:" + abs, "", null,
        abs.resolveSibling(abs.getFileName() + ".index"));
  }

  /**
   * Parses a {@code --db} value: {@code postgresql://…}, {@code postgres://…} or
   * {@code jdbc:postgresql://…} for PostgreSQL (password from the URL or {@code PGPASSWORD}),
   * anything else is an SQLite file path.
   */
  public static StoreLocation parse(String db, Map<String, String> env) {
    String lower = db.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return postgres(URI.create(db.substring("jdbc:".length())), env);
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      try {
        return postgres(new URI(db), env);
      } catch (URISyntaxException e) {
        throw new StoreException("--db " + db + ": not a valid URL (" + e.getMessage() + ")");
      }
    }
    return sqlite(Path.of(lower.startsWith("sqlite:") ? db.substring("sqlite:".length()) : db));
  }

  /**
   * The default store: {@code $TARIKH_DB} if set, else {@code chronicle.db} in the user's data
   * directory ({@code $XDG_DATA_HOME/tarikh} or {@code ~/.local/share/tarikh}).
   */
  public static StoreLocation defaultLocation(Map<String, String> env) {
    String fromEnv = env.get("TARIKH_DB");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return parse(fromEnv, env);
    }
    return sqlite(dataDir(env).resolve("chronicle.db"));
  }

  /** The same store with its index in another folder. */
  public StoreLocation withIndexDir(Path dir) {
    return new StoreLocation(kind, jdbcUrl, user, password, dir);
  }

  /** The JDBC URL without a password, for messages. */
  public String describe() {
    return kind == Kind.SQLITE ? jdbcUrl.substring("jdbc:sqlite:".length()) : jdbcUrl + " (user " + user + ")";
  }

  static Path dataDir(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("tarikh");
  }

  private static StoreLocation postgres(URI uri, Map<String, String> env) {
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new StoreException("--db " + uri + ": a PostgreSQL URL needs a host and a database, "
          + "as in postgresql://user@host:5432/tarikh");
    }
    String user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
    String password = env.get("PGPASSWORD");
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? password : decode(info.substring(colon + 1));
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String database = uri.getPath().substring(1);
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String url = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
    Path index = dataDir(env).resolve("index").resolve("pg-" + uri.getHost() + "-" + port + "-" + database);
    return new StoreLocation(Kind.POSTGRESQL, url, user, password, index);
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return describe();
  }
}
