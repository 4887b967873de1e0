package org.tarikh.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.tarikh.Tarikh;
import org.tarikh.model.Document;

/**
 * The web chronicle in a real headless Chromium on the bundled samples (as {@code serve --demo}
 * extracts them): both lanes, a conflict with both sources, an editor's correction and its
 * history, search in Arabic and English, the Arabic right-to-left UI with its date axis in
 * Arabic, escaping of document text, and an anonymous user who cannot write.
 * Screenshots of the timeline in each language go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  @TempDir
  static Path tmp;
  static Demo demo;
  static ChromeDriver driver;
  static JsonNode conflict;

  @BeforeAll
  static void start() throws Exception {
    Browser.assumeInstalled();
    demo = new Demo(tmp.resolve("store"), true);
    demo.store.ingest(new Document("evil", "en", "<script>document.title='pwned'</script> <b>bold</b> "
        + "Azerbaijan joined the United Nations on 2 March 1992.", null, "evil.txt", "text"), Tarikh.standardPipeline());
    driver = Browser.start(tmp.resolve("profile"));
    driver.get(demo.url("/"));
    ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  @Order(1)
  void theTimelineShowsAnEnglishAndAnArabicLane() throws Exception {
    open("#/");
    Browser.await(driver, d -> d.findElements(By.cssSelector(".vis-item")).size() > 10);
    List<String> lanes = Browser.await(driver, d -> {
      List<String> l = d.findElements(By.cssSelector(".vis-label")).stream()
          .map(e -> e.getAttribute("textContent").strip()).toList();
      return l.size() == 2 && !l.contains("") ? l : null;
    });
    assertThat(lanes).containsExactly("Arabic", "English");
    assertThat(driver.findElements(By.cssSelector(".vis-item.conflict"))).isNotEmpty();
    screenshot("timeline-en.png");
  }

  @Test
  @Order(2)
  void anAnonymousUserCanReadButNotWrite() {
    String key = firstConflict().at("/a/key").asText();
    open("#/fact/" + enc(key));
    Browser.await(driver, d -> d.findElement(By.id("review-locked")));
    Object status = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/facts/' + encodeURIComponent(arguments[0]) + '/review', {method: 'POST',"
        + " headers: {'Content-Type': 'application/json'}, body: '{\"verdict\":\"reject\"}'}).then(r => done(r.status));",
        key);
    assertThat(((Number) status).intValue()).isEqualTo(401);
  }

  @Test
  @Order(3)
  void aConflictShowsBothSourcesInTheirLanguages() {
    open("#/conflicts");
    WebElement card = Browser.await(driver, d -> d.findElement(By.cssSelector(".conflict-card")));
    List<WebElement> sides = card.findElements(By.cssSelector(".side"));
    assertThat(sides).extracting(s -> s.getAttribute("lang")).containsExactly("en", "ar");
    assertThat(sides.get(1).getAttribute("dir")).isEqualTo("rtl");
    assertThat(sides.get(0).findElement(By.cssSelector(".quote")).getAttribute("textContent")).as(card.getAttribute("textContent")).isNotBlank();
    assertThat(sides.get(1).findElement(By.cssSelector(".quote")).getAttribute("textContent")).matches("(?s).*[\\u0600-\\u06FF].*");
  }

  @Test
  @Order(4)
  void anEditorCorrectsAFactAndSeesItInItsHistory() {
    open("#/login");
    Browser.await(driver, d -> d.findElement(By.id("login-user"))).sendKeys(Demo.EDITOR);
    driver.findElement(By.id("login-password")).sendKeys(Demo.PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    Browser.await(driver, d -> d.findElement(By.id("whoami")));
    String key = firstConflict().at("/b/key").asText();
    String otherDate = firstConflict().at("/a/date").asText();
    open("#/fact/" + enc(key));
    WebElement date = Browser.await(driver, d -> d.findElement(By.id("review-date")));
    date.clear();
    date.sendKeys(otherDate);
    driver.findElement(By.id("review-note")).sendKeys("the other source's date");
    driver.findElement(By.id("review-correct")).click();
    Browser.await(driver, d -> d.findElement(By.id("fact-history")).getText().contains("review-corrected"));
    assertThat(driver.findElement(By.id("fact-history")).getText()).contains(Demo.EDITOR, otherDate);
    assertThat(driver.findElement(By.id("fact-verdict")).getText()).isEqualTo("CORRECTED");
  }

  @Test
  @Order(5)
  void theCorrectedFactIsFoundBySearchInArabicAndEnglish() throws Exception {
    String key = firstConflict().at("/b/key").asText();
    JsonNode fact = new Http(demo).get("/api/facts/" + Http.enc(key)).json();
    String arabicWord = longestWord(fact.at("/evidence/text").asText());
    String englishName = fact.get("args").elements().next().get(0).get("name").asText();
    for (String q : List.of(arabicWord, englishName)) {
      WebElement input = driver.findElement(By.id("search-input"));
      input.clear();
      input.sendKeys(q);
      driver.findElement(By.cssSelector("#search-form button")).click();
      List<String> links = Browser.await(driver, d -> {
        List<String> hrefs = d.findElements(By.cssSelector("#search-results a.fact-link")).stream()
            .map(a -> a.getAttribute("href")).toList();
        return d.findElement(By.tagName("h1")).getText().contains(q) && !hrefs.isEmpty() ? hrefs : null;
      });
      assertThat(links).as(q).anySatisfy(href -> assertThat(href).contains(enc(key)));
    }
  }

  @Test
  @Order(6)
  void documentTextIsShownAsTextNeverRun() {
    open("#/doc/evil");
    WebElement text = Browser.await(driver, d -> d.findElement(By.id("doc-text")));
    assertThat(text.getText()).contains("<script>document.title='pwned'</script>", "<b>bold</b>");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(text.findElements(By.tagName("b"))).isEmpty();
    assertThat(driver.getTitle()).isNotEqualTo("pwned");
    assertThat(text.findElements(By.cssSelector("span.event, span.timex"))).isNotEmpty();
  }

  @Test
  @Order(7)
  void theArabicInterfaceIsRightToLeftWithHijriDatesBeside() throws Exception {
    open("#/");
    new Select(driver.findElement(By.id("ui-lang"))).selectByValue("ar");
    Browser.await(driver, d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    Browser.await(driver, d -> d.findElements(By.cssSelector(".vis-item")).size() > 10);
    assertThat(driver.findElement(By.id("nav-timeline")).getText()).isEqualTo("الخط الزمني");
    assertThat(driver.findElements(By.cssSelector(".vis-timeline.vis-rtl"))).isNotEmpty();
    List<String> axis = Browser.await(driver, d -> {
      List<String> l = d.findElements(By.cssSelector(".vis-time-axis .vis-text:not(.vis-measure)")).stream()
          .map(e -> e.getAttribute("textContent").strip()).filter(x -> !x.isEmpty()).toList();
      return l.isEmpty() ? null : l;
    });
    assertThat(axis).as("the date axis in Arabic digits").isNotEmpty().allSatisfy(label ->
        assertThat(label).matches("(?s)[^0-9]*[\\u0660-\\u0669\\u0600-\\u06FF][^0-9]*"));
    screenshot("timeline-ar.png");
    open("#/fact/" + enc(firstConflict().at("/a/key").asText()));
    WebElement hijri = Browser.await(driver, d -> d.findElement(By.cssSelector("#fact-date .hijri")));
    assertThat(hijri.getText()).matches("(?s).*[\\u0600-\\u06FF].*");
  }

  private static JsonNode firstConflict() {
    if (conflict == null) {
      try {
        conflict = new Http(demo).get("/api/conflicts").json().get("items").get(0);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return conflict;
  }

  private static int loads;

  /** Loads the page afresh (a new query string), so no element of the previous view lingers. */
  private static void open(String hash) {
    driver.get(demo.url("/?load=" + ++loads + hash));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String longestWord(String text) {
    String best = "";
    for (String w : text.split("[\\s\\p{Punct}،؛]+")) {
      if (w.codePointCount(0, w.length()) > best.codePointCount(0, best.length()) && w.matches("\\p{IsArabic}+")) {
        best = w;
      }
    }
    return best;
  }

  private static void screenshot(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

}
