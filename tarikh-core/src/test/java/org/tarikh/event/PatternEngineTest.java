package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Analysis;

/** The pattern language and number reading on plain token streams (no entities or timexes). */
class PatternEngineTest {
  private static Match match(String lang, String pattern, String text) {
    EventModel m = EventModel.load(LanguagePacks.standard().get(lang));
    Analysis a = new Analysis(Document.of("t", lang, text), LanguagePacks.standard().get(lang));
    List<Slot> slots = new SlotBuilder(m.lexicon).build(a, List.of(), List.of());
    Pattern p = new PatternParser(m.lexicon).parse(pattern);
    return p.find(new MatchContext(slots, slots.size(), m.lexicon, m.numbers), 0);
  }

  private static Object capture(String lang, String pattern, String text, String name) {
    Match m = match(lang, pattern, text);
    assertThat(m).as("%s in %s", pattern, text).isNotNull();
    return m.captures().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|#ord>n session|the 49th session|49",
      "en|#ord>n session|the forty-ninth session|49",
      "en|#ord>n member|became the one hundred and sixty-eighth member|168",
      "en|ranked #ord>n|Azerbaijan ranked 34th of 190|34",
      "en|# tons|about 160,000 tons|",
      "ar|الدوره ال? #>n|الدورة التاسعة والأربعين للجمعية|49",
      "ar|الدوره ال? #>n|الدورة الـ 49 للجمعية|49",
      "ar|الدوره ال? #>n|الدورة الـ٤٦ للجمعية|46",
      "ar|المرتبه ال? #>n|المرتبة الخامسة والعشرين|25",
      "ar|العضو ال? #>n|العضو الـ١٨١ للمنظمة|181"})
  void readsNumbersInDigitsAndWords(String lang, String pattern, String text, String expected) {
    if (expected == null) {
      assertThat(match(lang, pattern, text)).isNotNull();
      return;
    }
    assertThat(capture(lang, pattern, text, "n")).isEqualTo(expected);
  }

  @Test
  void readsListsOfNumbers() {
    assertThat(capture("en", "resolutions #list>numbers", "adopted resolutions 822, 853, 874, and 884 on", "numbers"))
        .isEqualTo(List.of("822", "853", "874", "884"));
    assertThat(capture("ar", "القرارات #list>numbers", "القرارات 822 و853 و874 و884 حول", "numbers"))
        .isEqualTo(List.of("822", "853", "874", "884"));
  }

  @Test
  void wordsMatchBehindProcliticsAndByPrefix() {
    assertThat(match("ar", "تبن* قرار*", "فتبنت الجمعية قرارا")).isNull(); // a gap is needed
    assertThat(match("ar", "تبن* .. قرار*", "فتبنت الجمعية العامة قرارا")).isNotNull();
    assertThat(match("en", "adopt* .. resolution", "the Council adopted a resolution")).isNotNull();
    assertThat(match("en", "adopted ..1 resolution", "adopted a new draft resolution")).isNull();
  }

  @Test
  void optionalElementsAndQuotes() {
    assertThat(capture("en", "awarded the? $q>award award", "was awarded the \u201cSouth-South\u201d award", "award"))
        .isNull(); // verbatim text: value null, read from the span
    assertThat(match("en", "awarded the? $q>award award", "was awarded the South-South award")).isNull();
  }

  @Test
  void malformedPatternsAreRejected() {
    EventModel m = EventModel.load(LanguagePacks.standard().get("en"));
    PatternParser p = new PatternParser(m.lexicon);
    assertThatThrownBy(() -> p.parse(".. adopted")).hasMessageContaining("gap");
    assertThatThrownBy(() -> p.parse("adopted {FOO>body}")).hasMessageContaining("FOO");
    assertThatThrownBy(() -> p.parse("#nope>x")).hasMessageContaining("#nope");
    assertThatThrownBy(() -> p.parse("$nosuch>x")).hasMessageContaining("nosuch");
  }
}
