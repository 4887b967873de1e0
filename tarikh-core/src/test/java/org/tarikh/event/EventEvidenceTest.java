package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evidence of a timeline item leaves out the bullet that opens it. */
class EventEvidenceTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " ;; ", value = {
      "en ;; * {{11 March 1990|1990-03-11}}: [[Lithuania|state:ltu]] declared its independence. ;; 11 March 1990:",
      "ar ;; • {{11 مارس 1990|1990-03-11}}: اعلنت [[ليتوانيا|state:ltu]] استقلالها. ;; 11 مارس 1990:"})
  void leavesTheBulletOut(String lang, String marked, String start) {
    assertThat(EventCasesTest.run(lang, "t", marked)).singleElement()
        .satisfies(e -> assertThat(e.evidence().text()).startsWith(start));
  }
}
