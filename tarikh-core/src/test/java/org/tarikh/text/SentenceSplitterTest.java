package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String lang, Set<String> abbrevs, String text) {
    return new SentenceSplitter(lang, abbrevs).split(text).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void singleLineBreakInsideASentenceDoesNotSplit() {
    assertThat(split("ar", Set.of(), "توجه السوفييت الأعلى للجمهورية\nالآذربيجانية بنداء. ثم قال."))
        .containsExactly("توجه السوفييت الأعلى للجمهورية\nالآذربيجانية بنداء.", "ثم قال.");
  }

  @Test
  void blankLineAlwaysSplits() {
    assertThat(split("en", Set.of(), "A title\n\nThe body starts here."))
        .containsExactly("A title", "The body starts here.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("en", Set.of("no", "dr"), "It adopted resolution No. 822 in 1993. Dr. Smith spoke."))
        .containsExactly("It adopted resolution No. 822 in 1993.", "Dr. Smith spoke.");
    assertThat(split("ar", Set.of("د"), "قال د. أحمد إن القرار صدر. ثم انتهى."))
        .containsExactly("قال د. أحمد إن القرار صدر.", "ثم انتهى.");
  }
}
