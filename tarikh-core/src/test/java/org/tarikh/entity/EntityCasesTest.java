package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.Document;
import org.tarikh.model.Entity;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Pipeline;

/** Table-driven cases: {@code <lang>-cases.tsv} gives a sentence and the set of ids it names. */
class EntityCasesTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().packs(LanguagePacks.standard()).add(new EntityStage()).build();

  static Stream<Arguments> cases() {
    return Stream.of("en", "ar").flatMap(lang -> {
      String file = lang + "-cases.tsv";
      TsvTable t = TsvTable.parse(file, new InputStreamReader(
          EntityCasesTest.class.getResourceAsStream(file), StandardCharsets.UTF_8), Set.of("text", "ids"));
      return t.rows().stream().map(r -> Arguments.of(lang, r.require("text"), r.require("ids")));
    });
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("cases")
  void findsTheExpectedIds(String lang, String text, String ids) {
    Set<String> expected = ids.equals("-") ? Set.of()
        : new TreeSet<>(Arrays.asList(ids.split("\\s+")));
    Set<String> found = PIPELINE.analyze(Document.of("case", lang, text)).get(Layers.ENTITIES).stream()
        .map(Entity::id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(expected);
  }
}
