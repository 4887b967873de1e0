package org.tarikh.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TsvTableTest {
  @Test
  void readsABundledTableByItsClasspathPath() {
    TsvTable t = TsvTable.resource("/org/tarikh/event/types.tsv", Set.of("type", "group"));
    assertThat(t.rows()).hasSize(20);
    assertThat(t.rows().get(0).require("type")).isEqualTo("INDEPENDENCE");
  }

  @Test
  void aMissingResourceOrColumnNamesThePath() {
    assertThatThrownBy(() -> TsvTable.resource("/org/tarikh/no-such.tsv", Set.of()))
        .isInstanceOf(ResourceException.class).hasMessageContaining("/org/tarikh/no-such.tsv");
    assertThatThrownBy(() -> TsvTable.resource("/org/tarikh/event/types.tsv", Set.of("no_such_column")))
        .isInstanceOf(ResourceException.class).hasMessageContaining("types.tsv").hasMessageContaining("no_such_column");
  }
}
