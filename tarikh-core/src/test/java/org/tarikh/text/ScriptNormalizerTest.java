package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarikh.model.Span;

class ScriptNormalizerTest {
  private static void check(String input, String expected) {
    assertThat(ScriptNormalizer.normalize(input)).isEqualTo(expected);
  }

  @Test
  void arabicIndicDigits() {
    check("١٩٩٢", "1992");
  }

  @Test
  void persianDigits() {
    check("۱۹۹۲", "1992");
  }

  @Test
  void alefVariants() {
    check("أإآا", "اااا");
  }

  @Test
  void taMarbutaAndAlefMaqsura() {
    check("منظمة الى", "منظمه الي");
  }

  @Test
  void tatweelAndDiacritics() {
    check("الـدورة", "الدوره");
    check("المشرَّدين", "المشردين");
  }

  @Test
  void lamAlefLigatureExpands() {
    check("ﻻ", "لا");
  }

  @Test
  void latinCaseQuotesDashes() {
    check("İn “UN” – 2012–2013 Azerbaijan’s", "in \"un\" - 2012-2013 azerbaijan's");
  }

  @Test
  void offsetsAreCodePointsOfTheOriginal() {
    AlignedText a = ScriptNormalizer.align("\uD83D\uDE00 في ٢ مارس");
    int at = a.normalized().indexOf("2");
    Span s = a.toOriginal(at, at + 1);
    assertThat(s).isEqualTo(new Span(5, 6));
    assertThat(a.originalText(s)).isEqualTo("٢");
  }
}
