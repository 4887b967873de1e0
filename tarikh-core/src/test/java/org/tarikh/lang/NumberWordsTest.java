package org.tarikh.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.text.ScriptNormalizer;

/** Number words read once from {@code timex/lexicon.tsv}, with the kind each stage combines them by. */
class NumberWordsTest {

  @ParameterizedTest
  @CsvSource({"en, forty, 40, CARDINAL", "en, fortieth, 40, ORDINAL", "en, hundred, 100, SCALE",
      "en, million, 1000000, SCALE", "ar, الأربعين, 40, CARDINAL", "ar, التاسعة, 9, ORDINAL",
      "ar, ألف, 1000, SCALE", "ar, مليار, 1000000000, SCALE"})
  void readsValueAndKind(String lang, String word, long value, NumberWords.Kind kind) {
    LanguagePack pack = LanguagePacks.discover(NumberWordsTest.class.getClassLoader(), List.of()).get(lang);
    assertThat(NumberWords.of(pack).get(ScriptNormalizer.normalize(word)))
        .isEqualTo(new NumberWords.Word(value, kind));
  }
}
