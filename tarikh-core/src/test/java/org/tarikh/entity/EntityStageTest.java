package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

/** Entity records: one per id, surface forms, original code-point offsets, confidence. */
class EntityStageTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().packs(LanguagePacks.standard()).add(new EntityStage()).build();

  private static List<Entity> run(String lang, String text) {
    return PIPELINE.analyze(Document.of("t", lang, text)).get(Layers.ENTITIES);
  }

  @Test
  void groupsMentionsOfOneIdAcrossForms() {
    List<Entity> es = run("ar", "تعاونت اليونسكو مع اليونيسكو ومنظمة اليونسكو.");
    assertThat(es).hasSize(1);
    Entity unesco = es.get(0);
    assertThat(unesco.id()).isEqualTo("org:unesco");
    assertThat(unesco.name()).isEqualTo("United Nations Educational, Scientific and Cultural Organization");
    assertThat(unesco.names()).containsExactly("اليونسكو", "اليونيسكو", "منظمة اليونسكو");
    assertThat(unesco.mentions()).hasSize(3);
  }

  @Test
  void offsetsAreCodePointsOfTheOriginalAndLeaveTheCliticOut() {
    String text = "\uD83D\uDE00 وصل الى لأرمينيا";
    Entity arm = run("ar", text).get(0);
    Mention m = arm.mentions().get(0);
    String original = new StringBuilder().appendCodePoint(0x1F600).toString();
    assertThat(arm.id()).isEqualTo("state:arm");
    assertThat(m.text()).isEqualTo("أرمينيا");
    int cpStart = text.codePointCount(0, text.indexOf("أرمينيا"));
    assertThat(m.start()).isEqualTo(cpStart);
    assertThat(m.end()).isEqualTo(cpStart + 7);
    assertThat(original.codePointCount(0, original.length())).isEqualTo(1);
  }

  @Test
  void unknownArabicNameAfterATitleGetsALowConfidenceSlug() {
    Entity p = run("ar", "استقبل السفير كريم بنشقرون الوفد.").get(0);
    assertThat(p.id()).startsWith("person:");
    assertThat(p.id()).matches("person:[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(p.confidence()).isEqualTo("low");
  }

  @Test
  void knownPersonInArabicGetsTheEnglishSlugWithoutFlag() {
    Entity p = run("ar", "التقى الأمين العام كوفي عنان بالوفد.").get(0);
    assertThat(p.id()).isEqualTo("person:kofi-annan");
    assertThat(p.name()).isEqualTo("Kofi Annan");
    assertThat(p.confidence()).isNull();
  }

  @Test
  void longestMatchWinsOverTheAdjective() {
    assertThat(run("en", "The Armenian-Azerbaijani conflict went on.")).extracting(Entity::id)
        .containsExactly("event:nagorno-karabakh-conflict");
  }

  @Test
  void aPatternKeepsTheStateItRefersTo() {
    assertThat(run("en", "The Armenian Armed Forces withdrew.")).extracting(Entity::id)
        .containsExactly("state:arm", "org:armenian-armed-forces");
  }

  @Test
  void aPatternSupersedesANameInsideItsOwnWords() {
    assertThat(run("en", "The Supreme Soviet of Azerbaijan met.")).extracting(Entity::id)
        .containsExactly("org:supreme-soviet-of-azerbaijan", "state:aze");
  }
}
