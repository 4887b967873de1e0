package org.tarikh.server;

import java.nio.file.Path;
import java.time.Clock;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.StoreLocation;
import org.tarikh.store.UserAccount;

/**
 * A server on port 0 over a fresh store holding the bundled samples as {@code serve --demo} shows
 * them (extracted with the standard pipeline and reconciled), an editor and a reader.
 */
final class Demo implements AutoCloseable {
  static final String EDITOR = "amina";
  static final String READER = "omar";
  static final String PASSWORD = "correct horse battery staple";

  final ChronicleStore store;
  final TarikhServer server;

  Demo(Path dir, boolean openReading) throws Exception {
    store = ChronicleStore.open(StoreLocation.sqlite(dir.resolve("chronicle.db")), "test", Clock.systemUTC());
    DemoData.load(store, Path.of("..", "corpus", "dev"));
    store.putUser(new UserAccount(EDITOR, "editor", Passwords.hash(PASSWORD.toCharArray()), null));
    store.putUser(new UserAccount(READER, "reader", Passwords.hash(PASSWORD.toCharArray()), null));
    server = TarikhServer.start(store, ServerSettings.local(0).withOpenReading(openReading));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
