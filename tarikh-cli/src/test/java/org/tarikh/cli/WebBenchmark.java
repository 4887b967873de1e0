package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.server.ServerSettings;
import org.tarikh.server.TarikhServer;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.FactQuery;

/**
 * The web chronicle's figures (issue 9), measured, not asserted; runs only with
 * {@code -Dbench=true}:
 * {@code ./mvnw -o -B -pl tarikh-cli -am test -Dtest=WebBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Fills a throw-away embedded store with the store benchmark's synthetic facts
 * ({@link BenchCorpus#syntheticFacts}, 20 per generated document, 200 states, dates 1990-2024):
 * first 10,000 facts, for the time until the timeline is usable in headless Chromium
 * ({@code window.tarikhTimelineReadyAt}, from the start of navigation; needs Debian's
 * {@code chromium} and {@code chromium-driver}, else that part is skipped), then
 * {@code -Dbench.facts} (default 100,000), for the median latency of API list calls over
 * loopback. Prints {@code name value} lines.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WebBenchmark {
  private static final int PER_DOC = 20;
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> CALLS = List.of(
      "/api/facts", "/api/facts?offset=5000", "/api/facts?entity=state:s17", "/api/facts?type=VISIT&from=2000&to=2004",
      "/api/facts?from=2010-03&to=2010-03", "/api/facts?lang=ar&entity=state:s5&from=1995&to=2005",
      "/api/timeline?from=2010&to=2010", "/api/timeline");

  @TempDir
  Path tmp;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void measure() throws Exception {
    int total = Integer.getInteger("bench.facts", 100_000);
    BenchCorpus corpus = new BenchCorpus(seeds(), 2000);
    try (ChronicleStore store = ChronicleStore.openTemporary();
         TarikhServer server = TarikhServer.start(store, ServerSettings.local(0))) {
      String base = "http://127.0.0.1:" + server.port();
      fill(store, corpus, 10_000);
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
        browser(base, 5);
      }
      fill(store, corpus, total);
      for (String call : CALLS) {
        api(base, call, call.equals("/api/timeline") ? 7 : 31);
      }
    }
  }

  private static List<Document> seeds() throws Exception {
    DocumentLoader loader = new DocumentLoader(LanguagePacks.standard(), "auto", null, 25_000_000L);
    List<Document> out = new ArrayList<>();
    for (Path f : InputFiles.expand(List.of(Path.of("..", "corpus", "dev"))).files()) {
      out.add(loader.load(f));
    }
    return out;
  }

  /** Adds documents of synthetic facts until the store holds {@code facts}. */
  private static void fill(ChronicleStore store, BenchCorpus corpus, int facts) {
    int have = store.query(FactQuery.all().withLimit(Integer.MAX_VALUE)).size();
    long start = System.nanoTime();
    for (int i = have / PER_DOC; i < facts / PER_DOC; i++) {
      Document d = corpus.document(i);
      store.ingest(d, BenchCorpus.syntheticFacts(d, PER_DOC, 200));
    }
    store.flush();
    print("facts_stored", store.query(FactQuery.all().withLimit(Integer.MAX_VALUE)).size());
    print("fill_seconds", (System.nanoTime() - start) / 1e9);
  }

  private void api(String base, String path, int runs) throws Exception {
    double[] ms = new double[runs];
    long bytes = 0;
    get(base + path); // warm-up
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = get(base + path);
      ms[i] = (System.nanoTime() - t) / 1e6;
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      bytes = r.body().length;
    }
    Arrays.sort(ms);
    print("api " + path + " median_ms", ms[runs / 2]);
    print("api " + path + " p90_ms", ms[(int) (runs * 0.9)]);
    print("api " + path + " kb", bytes / 1024.0);
  }

  private HttpResponse<byte[]> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Opens the timeline {@code runs} times in a fresh tab state; prints the median time to usable. */
  private void browser(String base, int runs) throws java.io.IOException {
    ChromeDriver driver = chromium();
    try {
      double[] ready = new double[runs];
      double[] view = new double[runs];
      double[] fetched = new double[runs];
      for (int i = -1; i < runs; i++) {
        driver.get(base + "/?run=" + i + "#/");
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d ->
            ((JavascriptExecutor) d).executeScript("return window.tarikhTimelineReadyAt") != null);
        Object at = driver.executeScript("return [window.tarikhTimelineReadyAt, window.tarikhTimelineReady,"
            + " document.querySelectorAll('.vis-item').length, performance.getEntriesByType('resource')"
            + ".filter(e => e.name.includes('/api/timeline')).map(e => e.responseEnd)[0]]");
        List<?> values = (List<?>) at;
        if (i >= 0) { // the first load warms the server and the browser's cache
          ready[i] = ((Number) values.get(0)).doubleValue();
          view[i] = ((Number) values.get(1)).doubleValue();
          fetched[i] = ((Number) values.get(3)).doubleValue();
        }
        assertThat(((Number) values.get(2)).intValue()).isPositive();
      }
      Files.write(Path.of("target", "web-bench-timeline-10k.png"), driver.getScreenshotAs(OutputType.BYTES));
      Arrays.sort(ready);
      Arrays.sort(view);
      Arrays.sort(fetched);
      print("browser timeline_10k_ready_from_navigation median_ms", ready[runs / 2]);
      print("browser timeline_10k_view median_ms", view[runs / 2]);
      print("browser timeline_10k_api_answered_from_navigation median_ms", fetched[runs / 2]);
    } finally {
      driver.quit();
    }
  }

  private ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,900", "--user-data-dir=" + tmp.resolve("profile").toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static void print(String name, double value) {
    System.out.println(String.format(Locale.ROOT, value == Math.rint(value) ? "%s %.0f" : "%s %.1f", name, value));
  }
}
