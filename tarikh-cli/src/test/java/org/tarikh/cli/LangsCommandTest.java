package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangsCommandTest {
  @Test
  void listsTheBundledPacksAsValid() {
    Cli.Result r = Cli.run("langs");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .anyMatch(l -> l.startsWith("en\tEnglish\tltr\tLatn\t") && l.endsWith("\tok"))
        .anyMatch(l -> l.startsWith("ar\tArabic\trtl\tArab\t") && l.endsWith("\tok"));
  }
}
