package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

class EntityLinkerTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().packs(LanguagePacks.standard()).add(new EntityStage()).build();

  private static DocumentResult extract(String id, String lang, String text, List<Event> events) {
    List<Entity> entities = PIPELINE.analyze(Document.of(id, lang, text)).get(Layers.ENTITIES);
    return new DocumentResult(new DocInfo(id, lang, null, null, null), List.of(), entities, events,
        List.of(), text);
  }

  private static Entity person(DocumentResult d) {
    return d.entities().stream().filter(e -> e.id().startsWith("person:")).findFirst().orElseThrow();
  }

  @Test
  void aTransliteratedPersonTakesTheIdOfTheEnglishDocument() {
    DocumentResult en = extract("en", "en", "Foreign Minister Nasser Judeh spoke in New York.", List.of());
    DocumentResult ar0 = extract("ar", "ar", "تحدث وزير الخارجية ناصر جودة في نيويورك.", List.of());
    String low = person(ar0).id();
    assertThat(person(ar0).confidence()).isEqualTo("low");
    Event speech = new Event("e1", "ADDRESS", "2015", new Evidence(0, 5, "تحدث"),
        Map.of("speaker", List.of(low)), Map.of(), null, null);
    DocumentResult ar = new DocumentResult(ar0.doc(), List.of(), ar0.entities(), List.of(speech), List.of(), ar0.text());

    List<DocumentResult> linked = EntityLinker.harmonize(List.of(en, ar));

    assertThat(person(linked.get(0)).id()).isEqualTo("person:nasser-judeh");
    Entity p = person(linked.get(1));
    assertThat(p.id()).isEqualTo("person:nasser-judeh");
    assertThat(p.name()).isEqualTo("Nasser Judeh");
    assertThat(p.confidence()).isNull();
    assertThat(p.names()).containsExactly("ناصر جودة");
    assertThat(linked.get(1).events().get(0).args().get("speaker")).containsExactly("person:nasser-judeh");
  }

  @Test
  void aPersonWithNoMatchKeepsItsId() {
    DocumentResult en = extract("en", "en", "Foreign Minister Nasser Judeh spoke.", List.of());
    DocumentResult ar = extract("ar", "ar", "تحدث وزير الخارجية سامي طارق.", List.of());
    List<DocumentResult> linked = EntityLinker.harmonize(List.of(en, ar));
    assertThat(person(linked.get(1)).id()).isEqualTo(person(ar).id());
    assertThat(person(linked.get(1)).confidence()).isEqualTo("low");
  }
}
