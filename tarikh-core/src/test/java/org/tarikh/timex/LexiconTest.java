package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.lang.ResourceException;
import org.tarikh.lang.TsvTable;

/** A lexicon value that names no concept fails at load time, naming the file and line. */
class LexiconTest {
  private static TsvTable table(String row) {
    String text = "# source: test\n# licence: Apache-2.0\nsurface\tclass\tvalue\nnoon\tNOON\t12\n" + row + "\n";
    return TsvTable.parse("timex/lexicon.tsv", new StringReader(text), Set.of("surface", "class", "value"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"brunch\tPARTOFDAY\tbrunch|PartOfDay", "yule\tHOLIDAY\tyule|holiday",
      "monsoon\tSEASON\tmonsoon|Season", "xst\tTZ\tplus two|minutes", "moons\tUNIT\tMOON|Unit"})
  void unknownConceptValuesFailWithFileAndLine(String row, String cause) {
    assertThatThrownBy(() -> new Lexicon(table(row)))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("timex/lexicon.tsv")
        .hasMessageContaining("5")
        .hasMessageContaining(cause);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"evening\tPARTOFDAY\tevening", "xmas\tHOLIDAY\tchristmas", "gmt\tTZ\t0"})
  void knownConceptValuesLoad(String row) {
    assertThat(new Lexicon(table(row)).knows(row.substring(0, row.indexOf('\t')))).isTrue();
  }
}
