package org.tarikh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Mention;

/** A single document whose text and names carry markup: everything renders as text. */
class UntrustedInputTest {
  private static final String TEXT = "In 1992 <script>alert('x')</script> & \"Acme<b>\" joined the UN.\n"
      + "A second line with 𝔘nicode.";

  private static SourcedResult document() {
    int end = TEXT.codePointCount(0, TEXT.indexOf('\n'));
    Event e = new Event("e1", "ADMISSION", "1992", new Evidence(0, end, null),
        Map.of("state", List.of("org:<acme>")), Map.of("note", "<i>x</i>"), null, null);
    int acme = TEXT.indexOf("Acme");
    Entity acmeEntity = new Entity("org:<acme>", EntityKind.ORG, "Acme<b>", List.of("Acme<b>"),
        List.of(new Mention(acme, acme + 7, null)), null);
    DocumentResult r = new DocumentResult(new DocInfo("my <doc>", "en", null, "text", null),
        List.of(), List.of(acmeEntity), List.of(e), List.of(), null);
    return new SourcedResult(r, TEXT);
  }

  @Test
  void markupInTheDocumentRendersAsText() {
    Document page = Jsoup.parse(ChronicleReport.render(new ChronicleInput(List.of(document()), null)));
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").html()).doesNotContain("alert");
    assertThat(page.select("b, i")).isEmpty();
    assertThat(page.selectFirst(".doc-text").wholeText()).isEqualTo(TEXT);
    assertThat(page.selectFirst(".fact blockquote.evidence").wholeText())
        .isEqualTo(TEXT.substring(0, TEXT.indexOf('\n')));
    assertThat(page.selectFirst(".fact .ent").text()).isEqualTo("Acme<b>");
    assertThat(page.selectFirst(".fact .attr dd").text()).isEqualTo("<i>x</i>");
  }

  @Test
  void oneDocumentMakesOneLaneAndSaysThereIsNothingToCompare() {
    Document page = Jsoup.parse(ChronicleReport.render(new ChronicleInput(List.of(document()), null)));
    assertThat(page.select(".tl-head .cell")).hasSize(1);
    assertThat(page.select(".timeline .fact")).hasSize(1);
    assertThat(page.selectFirst("#conflicts .empty").text()).contains("nothing to compare");
    assertThat(page.select("a[href]").eachAttr("href"))
        .allSatisfy(h -> assertThat(page.getElementById(h.substring(1))).as(h).isNotNull());
  }

  @Test
  void aTextThatIsNotTheResultsIsRefused() {
    DocumentResult r = document().result();
    Event quoted = new Event("e1", "ADMISSION", "1992", new Evidence(0, 7, "In 1993"),
        Map.of(), Map.of(), null, null);
    DocumentResult withQuote = new DocumentResult(r.doc(), List.of(), List.of(), List.of(quoted),
        List.of(), null);
    assertThatThrownBy(() -> new SourcedResult(withQuote, TEXT))
        .isInstanceOf(ReportException.class).hasMessageContaining("e1");
    assertThatThrownBy(() -> new SourcedResult(r, "short"))
        .isInstanceOf(ReportException.class).hasMessageContaining("is not the one");
  }
}
