package org.tarikh.server;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host address to bind ({@code 127.0.0.1} unless told otherwise)
 * @param port TCP port (0 for any free one)
 * @param openReading whether anonymous users may read; writing always needs an editor
 * @param sessionTtl how long a login lasts
 * @param maxUploadBytes largest document upload accepted
 */
public record ServerSettings(String host, int port, boolean openReading, Duration sessionTtl, long maxUploadBytes) {
  public static final long DEFAULT_MAX_UPLOAD = 10_000_000L;

  public static ServerSettings local(int port) {
    return new ServerSettings("127.0.0.1", port, true, Duration.ofHours(8), DEFAULT_MAX_UPLOAD);
  }

  public ServerSettings withOpenReading(boolean open) {
    return new ServerSettings(host, port, open, sessionTtl, maxUploadBytes);
  }

  public ServerSettings withHost(String h) {
    return new ServerSettings(h, port, openReading, sessionTtl, maxUploadBytes);
  }
}
