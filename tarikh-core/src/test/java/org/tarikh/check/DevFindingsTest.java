package org.tarikh.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.MentionSearch;
import org.tarikh.io.FactsJson;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Finding;

/** On the gold dev documents, the checks find exactly the true reference errors. */
class DevFindingsTest {
  private static final Path DEV = Path.of("..", "corpus", "dev");

  static List<Finding> findings(String id) throws IOException {
    String text = Files.readString(DEV.resolve(id + ".txt"), StandardCharsets.UTF_8);
    DocumentResult r = FactsJson.readResult(DEV.resolve("gold/resolved/" + id + ".json"), text);
    List<Entity> entities = MentionSearch.of(LanguagePacks.standard().get(r.doc().lang())).complete(text, r.entities());
    return ReferenceChecks.standard().run(new CheckInput(text, entities, r.events(), List.of()));
  }

  @Test
  void englishAcronymsThatBelongToOtherBodies() throws IOException {
    List<Finding> f = findings("000_d2274c8ab08e79db");
    assertThat(f).extracting(Finding::kind, Finding::suggestion).containsExactly(
        org.assertj.core.groups.Tuple.tuple("acronym-mismatch", "WFP"),
        org.assertj.core.groups.Tuple.tuple("acronym-unknown", "WIPO"));
    assertThat(f.get(0).evidence()).contains("World Food Program (WIPO)");
    assertThat(f.get(1).evidence()).contains("( ESPPO)");
  }

  @Test
  void arabicMemberOrdinalOutsideTheUnRecord() throws IOException {
    List<Finding> f = findings("003_fc7e0ff866001d66");
    assertThat(f).extracting(Finding::kind).containsExactly("un-member-ordinal");
    assertThat(f.get(0).message()).contains("166 members").contains("181st");
    assertThat(f.get(0).suggestion()).isEqualTo("167-175");
  }
}
