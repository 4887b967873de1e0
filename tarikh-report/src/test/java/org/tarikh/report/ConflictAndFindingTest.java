package org.tarikh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Finding;
import org.tarikh.model.Link;

/**
 * A conflict on an attr whose values are written in different digits, and a finding with its
 * suggestion, on two small documents.
 */
class ConflictAndFindingTest {
  private static final String EN = "In 1993 the Council adopted resolution 822 on Kalbajar. The UNO welcomed it.";
  private static final String AR = "في عام ١٩٩٣ اعتمد المجلس القرار ٨٢٣ بشأن كلبجر.";
  private static Document page;

  @BeforeAll
  static void render() {
    SourcedResult en = doc("en-doc", "en", EN, EN.indexOf(" The"),
        List.of(new Finding("acronym-mismatch", EN.indexOf("UNO"), EN.indexOf("UNO") + 3,
            "'UNO' is not the <usual> acronym", "The UNO welcomed it.", "UN")));
    SourcedResult ar = doc("ar-doc", "ar", AR, AR.length(), List.of());
    Alignment a = new Alignment(List.of("en-doc", "ar-doc"),
        List.of(new Link("en-doc#e1", "ar-doc#e1", 0.9, List.of())),
        List.of(new Conflict("en-doc#e1", "ar-doc#e1", "numbers", "822", "823")));
    page = Jsoup.parse(ChronicleReport.render(new ChronicleInput(List.of(en, ar), a)));
  }

  private static SourcedResult doc(String id, String lang, String text, int end, List<Finding> findings) {
    String number = id.startsWith("en") ? "822" : "823";
    Event e = new Event("e1", "RESOLUTION_ADOPTED", "1993", new Evidence(0, end, null),
        Map.of(), Map.of("numbers", List.of(number)), null, null);
    DocumentResult r = new DocumentResult(new DocInfo(id, lang, null, "text", null), List.of(),
        List.of(), List.of(e), findings, null);
    return new SourcedResult(r, text);
  }

  @Test
  void disputedNumbersAreMarkedInEitherScript() {
    List<Element> sides = page.select("#conflict-1 .side");
    assertThat(sides.get(0).select(".disputed").eachText()).containsExactly("822");
    assertThat(sides.get(1).select(".disputed").eachText()).containsExactly("٨٢٣");
    assertThat(page.select(".fact a.badge.conflict")).hasSize(2);
  }

  @Test
  void sectionsComeInOrderConflictsFindingsConsistency() {
    assertThat(page.select("main > section").eachAttr("id"))
        .containsExactly("conflicts", "findings", "consistency", "timeline", "documents");
  }

  @Test
  void findingShowsItsMessageSuggestionAndPlaceInTheDocument() {
    Element finding = page.selectFirst("ul.findings li");
    assertThat(finding.text()).contains("'UNO' is not the <usual> acronym", "Suggestion: UN");
    String target = finding.selectFirst("a.src").attr("href").substring(1);
    Element anchor = page.getElementById(target);
    assertThat(anchor).isNotNull();
    assertThat(anchor.nextElementSibling().text()).isEqualTo("UNO");
    assertThat(anchor.nextElementSibling().hasClass("finding")).isTrue();
  }

  @Test
  void consistencyOfTwoDocumentsCountsTheLinkedFacts() {
    assertThat(page.select("table.consistency tbody tr")).allSatisfy(tr ->
        assertThat(tr.select("td").eachText()).containsExactly("1", "1 (100%)", "0 (0%)"));
  }
}
