package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.ResourceException;

/** Every discovered pack's event data loads, compiles and covers the 20 types of FACTS.md. */
class EventPackContractTest {
  static List<String> codes() {
    return List.copyOf(LanguagePacks.standard().codes());
  }

  @Test
  void theTypeTableHasTheTwentyTypesOfFacts() {
    assertThat(EventTypes.standard().all()).hasSize(20);
    assertThat(EventTypes.standard().all().get("RESOLUTION_ADOPTED").roles())
        .containsOnlyKeys("body", "sponsor", "subject");
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyPackHasARuleForEveryType(String code) {
    EventModel m = EventModel.load(LanguagePacks.standard().get(code));
    Set<String> covered = m.rules.stream().map(r -> r.type().name()).collect(Collectors.toSet());
    assertThat(covered).containsAll(EventTypes.standard().all().keySet());
    assertThat(m.markers).isNotEmpty();
    assertThat(m.attrs).isNotEmpty();
    assertThat(m.clauses).isNotEmpty();
  }

  @Test
  void aBadRuleIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path pack = copyPack("en", dir.resolve("xx"));
    Files.writeString(pack.resolve("events/rules.tsv"), "# source: test\n# licence: Apache-2.0\n"
        + "id\ttype\tpattern\tfill\tunless\nr1\tADMISSION\t{STATE>state} admitted {NOPE>body}\t\t\n");
    LanguagePack xx = LanguagePacks.discover(getClass().getClassLoader(), List.of(dir)).get("xx");
    assertThatThrownBy(() -> EventModel.load(xx)).isInstanceOf(ResourceException.class)
        .hasMessageContaining("rules.tsv").hasMessageContaining("4").hasMessageContaining("NOPE");
  }

  @Test
  void aRoleTheTypeDoesNotHaveIsRejected(@TempDir Path dir) throws IOException {
    Path pack = copyPack("en", dir.resolve("xx"));
    Files.writeString(pack.resolve("events/rules.tsv"), "# source: test\n# licence: Apache-2.0\n"
        + "id\ttype\tpattern\tfill\tunless\nr1\tVISIT\t{PERSON>speaker} visited\t\t\n");
    LanguagePack xx = LanguagePacks.discover(getClass().getClassLoader(), List.of(dir)).get("xx");
    assertThatThrownBy(() -> EventModel.load(xx)).isInstanceOf(ResourceException.class)
        .hasMessageContaining("'speaker' is neither a role nor an attribute of VISIT");
  }

  private static Path copyPack(String code, Path to) throws IOException {
    Files.createDirectories(to.resolve("events"));
    Files.createDirectories(to.resolve("timex"));
    for (String f : List.of("pack.properties", "timex/lexicon.tsv", "events/words.tsv", "events/phrases.tsv",
        "events/rules.tsv", "events/markers.tsv", "events/attrs.tsv", "events/clauses.tsv")) {
      try (InputStream in = EventPackContractTest.class.getResourceAsStream("/org/tarikh/lang/" + code + "/" + f)) {
        Files.copy(in, to.resolve(f));
      }
    }
    return to;
  }
}
