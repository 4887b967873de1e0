package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

/** A language is data: a tiny French pack folder (test resources) gives French entity names. */
class FrenchPackTest {
  @Test
  void frenchNamesComeFromDataOnly() throws URISyntaxException {
    Path dir = Path.of(FrenchPackTest.class.getResource("/packs").toURI());
    LanguagePacks packs = LanguagePacks.discover(FrenchPackTest.class.getClassLoader(), List.of(dir));
    Pipeline p = Pipeline.builder().packs(packs).add(new EntityStage()).build();
    String text = "L'ONU et l'UNESCO ont salué la France et l'Azerbaïdjan ; le Conseil de sécurité s'est réuni à Genève.";
    List<String> ids = p.analyze(Document.of("fr1", "fr", text)).get(Layers.ENTITIES).stream()
        .map(Entity::id).toList();
    assertThat(ids).containsExactly("org:un", "org:unesco", "state:fra", "state:aze", "org:unsc",
        "place:geneva");
  }
}
