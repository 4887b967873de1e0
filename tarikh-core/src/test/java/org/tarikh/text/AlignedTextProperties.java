package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarikh.model.Span;

/** Every offset the text layer hands out maps back to the same original text. */
class AlignedTextProperties {
  @Provide
  Arbitrary<String> mixedText() {
    Arbitrary<Character> chars = Arbitraries.of(
        'a', 'Z', ' ', '\n', '-', '\u2013', '\u2019', '\u201C', 'İ', 'é',
        'ا', 'أ', 'إ', 'آ', 'ى', 'ة', 'ـ', '\u064E', '\u0651', '١', '٩', '۴', 'ﻻ', '\u00A0', '\u200F', '1', '.');
    Arbitrary<String> bmp = chars.list().ofMaxSize(60).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
    return Arbitraries.oneOf(bmp, bmp.map(s -> s + "\uD83D\uDE00" + s)); // with an emoji (2 UTF-16 units)
  }

  @Property
  void everyNormalizedRangeMapsInsideTheOriginal(@ForAll("mixedText") String text) {
    AlignedText a = ScriptNormalizer.align(text);
    int cps = text.codePointCount(0, text.length());
    for (int s = 0; s <= a.normalized().length(); s++) {
      for (int e = s; e <= a.normalized().length(); e++) {
        Span span = a.toOriginal(s, e);
        assertThat(span.start()).isBetween(0, cps);
        assertThat(span.end()).isBetween(span.start(), cps);
      }
    }
  }

  @Property
  void originalTextOfAMappedTokenRenormalizesToTheToken(@ForAll("mixedText") String text) {
    AlignedText a = ScriptNormalizer.align(text);
    for (Token t : Tokenizer.tokenize(a.normalized())) {
      Span span = a.toOriginal(t.start(), t.end());
      String original = a.originalText(span);
      assertThat(ScriptNormalizer.normalize(original)).isEqualTo(t.text());
    }
  }

  @Property
  void roundTripFromOriginalSpans(@ForAll("mixedText") String text) {
    AlignedText a = ScriptNormalizer.align(text);
    for (Token t : Tokenizer.tokenize(a.normalized())) {
      Span span = a.toOriginal(t.start(), t.end());
      int[] back = a.fromOriginal(span);
      assertThat(a.toOriginal(back[0], back[1])).isEqualTo(span);
    }
  }
}
