package org.tarikh.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import org.tarikh.Tarikh;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.store.ChronicleStore;

/**
 * The web chronicle over one store: the JSON API under {@code /api} (described by
 * {@code /api/openapi.json}) and the UI's static files from the classpath folder
 * {@code org/tarikh/server/web}. Bound to {@code 127.0.0.1} unless the settings say otherwise.
 *
 * <pre>{@code
 * try (TarikhServer server = TarikhServer.start(store, ServerSettings.local(8080))) { ... }
 * }</pre>
 */
public final class TarikhServer implements AutoCloseable {
  static final String WEB = "/org/tarikh/server/web";
  private final Javalin app;

  private TarikhServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store}; the caller keeps owning (and closes) the store. */
  public static TarikhServer start(ChronicleStore store, ServerSettings settings) {
    LanguagePacks packs = LanguagePacks.standard();
    Chronicle chronicle = new Chronicle(store, packs);
    Sessions sessions = new Sessions(settings.sessionTtl(), Clock.systemUTC());
    Security security = new Security(sessions, settings.openReading());
    Uploads uploads = new Uploads(chronicle, Tarikh.standardPipeline(packs), settings.maxUploadBytes());
    Javalin app = Javalin.create(config -> {
      configure(config, settings, security);
      RoutesConfig r = config.routes;
      new AuthApi(chronicle, sessions, settings.openReading(),
          new LoginThrottle(LoginThrottle.MAX_FAILURES, LoginThrottle.WINDOW, Clock.systemUTC())).routes(r);
      ConflictsApi conflicts = new ConflictsApi(chronicle);
      conflicts.routes(r);
      new FactsApi(chronicle, conflicts).routes(r);
      new DocumentsApi(chronicle, uploads).routes(r);
      new EntitiesApi(chronicle).routes(r);
      new SearchApi(chronicle).routes(r);
      new ChronicleApi(chronicle).routes(r);
      r.get("/api/openapi.json", TarikhServer::openApi);
      errors(r);
    });
    app.start(settings.host(), settings.port());
    return new TarikhServer(app);
  }

  private static void configure(JavalinConfig config, ServerSettings settings, Security security) {
    config.http.maxRequestSize = settings.maxUploadBytes() + 64_000;
    config.startup.showJavalinBanner = false;
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = WEB;
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Content-Security-Policy", Security.CSP, "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
    });
    config.routes.before(security::headers);
    config.routes.before("/api/*", security::check);
  }

  private static void errors(RoutesConfig r) {
    r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "the server failed: " + e.getClass().getSimpleName()));
    r.error(404, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        error(ctx, 404, "not-found", "no such API path: " + ctx.path());
      }
    });
    r.error(413, ctx -> error(ctx, 413, "too-large", "the request is too large"));
  }

  static void error(Context ctx, int status, String code, String message) {
    ctx.status(status);
    var body = Json.object();
    body.putObject("error").put("status", status).put("code", code).put("message", message);
    Json.send(ctx, body);
  }

  private static void openApi(Context ctx) throws java.io.IOException {
    try (var in = TarikhServer.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
    }
  }

  /** The port it listens on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
