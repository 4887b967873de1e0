package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Mention;

/** Mentions found for entities that come without them. */
class MentionSearchTest {
  private static Entity entity(String id, String name, String... names) {
    return new Entity(id, EntityKind.ORG, name, List.of(names), List.of(), null);
  }

  private static List<String> found(MentionSearch search, String text, Entity e) {
    return search.complete(text, List.of(e)).get(0).mentions().stream().map(Mention::text).toList();
  }

  @Test
  void wholeTokensOnlyAndTheCaseAsWritten() {
    String text = "UNICEF and the UN; un-related, the United Nations.";
    assertThat(found(MentionSearch.plain(), text, entity("org:un", "United Nations", "UN")))
        .containsExactly("UN", "United Nations");
  }

  @Test
  void arabicFormsAreFoundBehindTheirProclitics() {
    String text = "انضمت أذربيجان للأمم المتحدة ثم قالت والأمم المتحدة";
    MentionSearch ar = MentionSearch.of(LanguagePacks.standard().get("ar"));
    Entity un = entity("org:un", "United Nations", "الأمم المتحدة");
    assertThat(found(ar, text, un)).containsExactly("للأمم المتحدة", "الأمم المتحدة");
    assertThat(found(MentionSearch.plain(), text, un)).isEmpty();
  }

  @Test
  void neverOverAGivenMention() {
    String text = "the Security Council of the UN met; the UN agreed.";
    Entity sc = new Entity("org:unsc", EntityKind.ORG, "Security Council", List.of(),
        List.of(new Mention(4, 30, "Security Council of the UN")), null);
    List<Entity> out = MentionSearch.plain().complete(text, List.of(sc, entity("org:un", "United Nations", "UN")));
    assertThat(out.get(0)).isSameAs(sc);
    assertThat(out.get(1).mentions()).extracting(Mention::start).containsExactly(40);
  }
}
