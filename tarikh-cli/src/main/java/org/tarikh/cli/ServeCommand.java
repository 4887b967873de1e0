package org.tarikh.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tarikh.server.DemoData;
import org.tarikh.server.ServerSettings;
import org.tarikh.server.TarikhServer;
import org.tarikh.store.ChronicleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarikh serve}: the web chronicle (timeline, documents, review) and its JSON API over the
 * store, on {@code 127.0.0.1} unless {@code --bind} says otherwise, until interrupted.
 * {@code --demo} first ingests and reconciles the bundled samples.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web chronicle and its JSON API (docs at /api/openapi.json) until interrupted.")
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default 8080; 0 for any free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--login-to-read", description = "Reading needs a login too (writing always needs an editor).")
  boolean loginToRead;

  @Option(names = "--session-hours", defaultValue = "8", description = "How long a login lasts (default 8 hours).")
  int sessionHours;

  @Option(names = "--max-upload-mb", defaultValue = "10", description = "Largest document upload (default 10 MB).")
  int maxUploadMb;

  @Option(names = "--demo", description = "Ingest and reconcile the bundled samples (corpus/dev) first.")
  boolean demo;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535 || sessionHours < 1 || maxUploadMb < 1) {
      throw new UsageException("--port must be 0..65535, --session-hours and --max-upload-mb at least 1");
    }
    ServerSettings settings = new ServerSettings(bind, port, !loginToRead, Duration.ofHours(sessionHours),
        maxUploadMb * 1_000_000L);
    try (ChronicleStore chronicle = ChronicleStore.open(store.location())) {
      if (demo) {
        DemoData.load(chronicle, DemoCommand.samples().get(0).getParent());
      }
      try (TarikhServer server = TarikhServer.start(chronicle, settings)) {
        spec.commandLine().getOut().printf("Tarikh chronicle at http://%s:%d/ (%s); Ctrl-C to stop%n",
            bind, server.port(), store.location().describe());
        spec.commandLine().getOut().flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      }
    }
    return 0;
  }
}
