package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tarikh.model.Span;

/**
 * Property tests (QuickTheories, with shrinking): every offset the text layer hands out maps
 * back to the same original text, for random mixes of Latin, Arabic, digits of several systems,
 * marks, ligatures, invisible controls and a supplementary-plane character.
 */
class AlignedTextProperties {
  private static final List<String> PIECES = List.of(
      "a", "Z", " ", "\n", "-", "\u2013", "\u2019", "\u201C", "İ", "é",
      "ا", "أ", "إ", "آ", "ى", "ة", "ـ", "\u064E", "\u0651", "١", "٩", "۴", "ﻻ", "\u00A0", "\u200F",
      "1", ".", "\uD83D\uDE00");

  private static Gen<String> mixedText() {
    Gen<String> piece = arbitrary().pick(PIECES);
    return lists().of(piece).ofSizeBetween(0, 60).zip(booleans().all(),
        (parts, twice) -> {
          String s = String.join("", parts);
          return twice ? s + "\uD83D\uDE00" + s : s;
        });
  }

  @Test
  void everyNormalizedRangeMapsInsideTheOriginal() {
    qt().withExamples(500).forAll(mixedText()).checkAssert(text -> {
      AlignedText a = ScriptNormalizer.align(text);
      int cps = text.codePointCount(0, text.length());
      for (int s = 0; s <= a.normalized().length(); s++) {
        for (int e = s; e <= a.normalized().length(); e++) {
          Span span = a.toOriginal(s, e);
          assertThat(span.start()).isBetween(0, cps);
          assertThat(span.end()).isBetween(span.start(), cps);
        }
      }
    });
  }

  @Test
  void originalTextOfAMappedTokenRenormalizesToTheToken() {
    qt().withExamples(1000).forAll(mixedText()).checkAssert(text -> {
      AlignedText a = ScriptNormalizer.align(text);
      for (Token t : Tokenizer.tokenize(a.normalized())) {
        Span span = a.toOriginal(t.start(), t.end());
        assertThat(ScriptNormalizer.normalize(a.originalText(span))).isEqualTo(t.text());
      }
    });
  }

  @Test
  void roundTripFromOriginalSpans() {
    qt().withExamples(1000).forAll(mixedText()).checkAssert(text -> {
      AlignedText a = ScriptNormalizer.align(text);
      for (Token t : Tokenizer.tokenize(a.normalized())) {
        Span span = a.toOriginal(t.start(), t.end());
        int[] back = a.fromOriginal(span);
        assertThat(a.toOriginal(back[0], back[1])).isEqualTo(span);
      }
    });
  }
}
