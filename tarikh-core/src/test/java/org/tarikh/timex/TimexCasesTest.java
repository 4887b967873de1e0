package org.tarikh.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.Timex;
import org.tarikh.text.AlignedText;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Tokenizer;

/**
 * Table-driven cases of the timex stage, one file per language
 * ({@code src/test/resources/org/tarikh/timex/cases-<lang>.tsv}: text, DCT, expected spans and
 * values). Every row must give exactly the expected timexes, in order.
 */
class TimexCasesTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void everyCaseGivesItsSpansAndValues(String lang) throws Exception {
    TimexRecognizer recognizer = new TimexRecognizer(TimexModel.of(LanguagePacks.standard().get(lang)));
    TsvTable table;
    String file = "cases-" + lang + ".tsv";
    try (var in = TimexCasesTest.class.getResourceAsStream(file)) {
      table = TsvTable.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8),
          Set.of("text", "dct", "expect"));
    }
    List<String> failures = new ArrayList<>();
    for (TsvTable.Row row : table.rows()) {
      String dct = row.get("dct");
      LocalDateTime ref = dct.isEmpty() ? null : LocalDate.parse(dct).atStartOfDay();
      AlignedText text = ScriptNormalizer.align(row.require("text"));
      List<Timex> found = recognizer.recognize(text, Tokenizer.tokenize(text.normalized()), ref);
      String got = String.join(" || ", found.stream().map(t -> t.text() + "=" + t.value()).toList());
      if (!got.equals(row.get("expect"))) {
        failures.add("line " + row.line() + ": " + row.get("text") + "\n    want: " + row.get("expect")
            + "\n    got:  " + got);
      }
    }
    System.out.printf("timex cases %s: %d rows, %d failing%n", lang, table.rows().size(), failures.size());
    assertThat(table.rows()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(failures).as("failing cases in " + file).isEmpty();
  }
}
