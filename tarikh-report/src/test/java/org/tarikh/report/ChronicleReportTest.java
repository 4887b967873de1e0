package org.tarikh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Conflict;
import org.tarikh.model.Event;
import org.tarikh.model.Link;
import org.tarikh.model.Timex;

/** The chronicle of the dev gold (two documents, English and Arabic, with their alignment). */
class ChronicleReportTest {
  private static ChronicleInput input;
  private static Document page;

  @BeforeAll
  static void render() throws IOException {
    input = DevGold.input();
    page = Jsoup.parse(ChronicleReport.render(input));
  }

  @Test
  void eachLaneTakesTheDirectionAndLanguageOfItsPack() {
    Elements.check(page.select(".timeline .cell.lane-0"), "ltr", "en");
    Elements.check(page.select(".timeline .cell.lane-1"), "rtl", "ar");
    assertThat(page.select("#" + Anchors.doc(DevGold.IDS.get(1)) + " .doc-text").attr("dir")).isEqualTo("rtl");
    assertThat(page.select(".tl-head .lane-name").eachText()).containsExactly("English", "Arabic");
  }

  @Test
  void everyFactQuotesItsEvidenceExactlyAsInTheSource() {
    for (SourcedResult doc : input.documents()) {
      for (Event e : doc.result().events()) {
        Element card = page.getElementById(Anchors.fact(doc.docId(), e.id()));
        assertThat(card).as(doc.docId() + "#" + e.id()).isNotNull();
        String source = doc.slice(e.evidence().start(), e.evidence().end());
        assertThat(card.selectFirst("blockquote.evidence").wholeText()).isEqualTo(source);
      }
    }
    assertThat(page.select(".timeline .fact")).hasSize(
        input.documents().stream().mapToInt(d -> d.result().events().size()).sum());
  }

  @Test
  void documentViewShowsTheWholeTextAndSelectsEachEvidenceByItsAnchor() {
    for (SourcedResult doc : input.documents()) {
      Element view = page.getElementById(Anchors.doc(doc.docId())).selectFirst(".doc-text");
      assertThat(view.wholeText()).isEqualTo(doc.text());
      for (Event e : doc.result().events()) {
        int start = e.evidence().start();
        String key = start + "-" + e.evidence().end();
        Element byStart = view.getElementById(Anchors.offset(doc.docId(), start));
        Element exact = page.getElementById(page.getElementById(Anchors.fact(doc.docId(), e.id()))
            .selectFirst("a.src").attr("href").substring(1));
        assertThat(exact.parent()).isSameAs(view);
        assertThat(byStart.attr("data-sel").split(" ")).contains(key);
        assertThat(exact.attr("data-sel")).isEqualTo(key);
        String selected = view.select("[data-ev]").stream()
            .filter(el -> List.of(el.attr("data-ev").split(" ")).contains(key))
            .map(Element::wholeText).collect(Collectors.joining());
        assertThat(selected).as(doc.docId() + "#" + e.id()).isEqualTo(doc.slice(start, e.evidence().end()));
      }
    }
  }

  @Test
  void everyInternalLinkReachesAnExistingAnchor() {
    List<String> broken = new ArrayList<>();
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href");
      assertThat(href).startsWith("#");
      if (page.getElementById(href.substring(1)) == null) {
        broken.add(href);
      }
    }
    assertThat(broken).isEmpty();
    assertThat(page.select("a.src")).isNotEmpty();
  }

  @Test
  void rowsFollowTheDateAxis() {
    List<TimexDate> rowDates = new ArrayList<>();
    for (Element row : page.select(".timeline > .row")) {
      rowDates.add(row.select(".fact .value").eachText().stream().map(TimexDate::of)
          .min(TimexDate::compareTo).orElseThrow());
    }
    assertThat(rowDates).isSorted();
    assertThat(rowDates.get(0).value()).isEqualTo("1991-10-18");
    assertThat(page.select(".timeline > .year span").eachText()).startsWith("1991", "1992", "1993");
  }

  @Test
  void linkedFactsShareOneRow() {
    for (Link l : input.alignment().links()) {
      Element a = fact(l.a());
      Element b = fact(l.b());
      assertThat(a.closest(".row")).as(l.toString()).isSameAs(b.closest(".row"));
      assertThat(a.closest(".row").hasClass("linked")).isTrue();
    }
  }

  @Test
  void conflictsComeFirstWithBothSourcesAndTheirValuesMarked() {
    Element first = page.selectFirst("main > section");
    assertThat(first.id()).isEqualTo("conflicts");
    Conflict c = input.alignment().conflicts().get(0);
    Element card = first.getElementById("conflict-1");
    assertThat(card.select("header .val").eachText()).containsExactly(c.aValue(), c.bValue());
    List<Element> sides = card.select(".side");
    assertThat(sides).hasSize(2);
    assertThat(sides.get(0).selectFirst(".disputed").text()).isEqualTo(timexText(0, c.a(), c.aValue()));
    assertThat(sides.get(1).selectFirst(".disputed").text()).isEqualTo(timexText(1, c.b(), c.bValue()));
    assertThat(sides.get(1).selectFirst("blockquote").attr("dir")).isEqualTo("rtl");
    for (String ref : List.of(c.a(), c.b())) {
      assertThat(fact(ref).select("a.badge.conflict").attr("href")).isEqualTo("#conflict-1");
    }
  }

  @Test
  void consistencyCountsFactsInBothAndInOneOnly() {
    long linkedEnglish = input.alignment().links().stream().map(Link::a).distinct().count();
    long linkedArabic = input.alignment().links().stream().map(Link::b).distinct().count();
    List<Element> rows = page.select("table.consistency tbody tr");
    assertThat(rows.get(0).select("td").eachText()).first().isEqualTo("41");
    assertThat(rows.get(0).select("td").get(1).ownText()).isEqualTo(Long.toString(linkedEnglish));
    assertThat(rows.get(1).select("td").get(1).ownText()).isEqualTo(Long.toString(linkedArabic));
    assertThat(rows.get(1).select("td").get(2).ownText()).isEqualTo(Long.toString(46 - linkedArabic));
  }

  @Test
  void rolesShowEntityNamesWithIdsOnHover() {
    Element admission = fact("000_d2274c8ab08e79db#e1");
    assertThat(admission.select(".ent").eachText()).contains("Azerbaijan", "United Nations");
    assertThat(admission.select(".ent[data-id=state:aze]").attr("title")).startsWith("state:aze");
  }

  @Test
  void pageNeedsNoNetwork() {
    assertThat(page.select("link, img[src], script[src], iframe")).isEmpty();
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(page.select("style").html()).doesNotContain("@import").doesNotContain("url(");
  }

  private static Element fact(String ref) {
    int hash = ref.lastIndexOf('#');
    return page.getElementById(Anchors.fact(ref.substring(0, hash), ref.substring(hash + 1)));
  }

  /** The text of the gold timex with this value inside the fact's evidence. */
  private static String timexText(int doc, String ref, String value) {
    SourcedResult d = input.documents().get(doc);
    Event e = d.result().events().stream().filter(x -> ref.endsWith("#" + x.id())).findFirst().orElseThrow();
    return d.result().timexes().stream()
        .filter(t -> e.evidence().span().contains(t.span()) && t.value().equals(value))
        .map(Timex::span).map(s -> d.slice(s.start(), s.end())).findFirst().orElseThrow();
  }

  /** Checks on a set of lane cells. */
  private static final class Elements {
    static void check(List<Element> cells, String dir, String lang) {
      assertThat(cells).isNotEmpty();
      assertThat(cells).allSatisfy(c -> {
        assertThat(c.attr("dir")).isEqualTo(dir);
        assertThat(c.attr("lang")).isEqualTo(lang);
      });
    }
  }
}
