package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The written form of fact keys: document ids and dates may hold colons, dates slashes. */
class FactKeyTest {
  @Test
  void aFactKeyReadsBackWithColonsAndSlashesInItsParts() {
    FactKey key = new FactKey("urn:doc:7", "MEMBERSHIP_TERM", 12, 80, "2012/2013");
    assertThat(key.toString()).isEqualTo("urn:doc:7:MEMBERSHIP_TERM:12-80:2012/2013");
    assertThat(FactKey.parse(key.toString())).isEqualTo(key);
    assertThat(FactKey.parse("d:MEETING:1-2:2013-02-12T04:30")).extracting(FactKey::docId, FactKey::date)
        .containsExactly("d", "2013-02-12T04:30");
    assertThatThrownBy(() -> FactKey.parse("d:MEETING:1-2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyWithoutItsDateOrWithBadOffsetsIsRefused() {
    assertThatThrownBy(() -> FactKey.parse("d:MEETING:1-2:")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FactKey.parse("d:meeting:1-2:1992")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FactKey("d", "MEETING", 5, 2, "1992")).isInstanceOf(IllegalArgumentException.class);
  }
}
