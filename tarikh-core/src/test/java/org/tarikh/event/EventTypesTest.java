package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypesTest {
  private final EventTypes types = EventTypes.standard();

  @Test
  void personCentredTypesAreAnchoredOnAPerson() {
    assertThat(types.anchor("APPOINTMENT")).contains("person");
    assertThat(types.anchor("AWARD")).contains("person");
    assertThat(types.anchor("ADDRESS")).contains("person");
    assertThat(types.anchor("VISIT")).contains("person");
    assertThat(types.anchor("ADMISSION")).isEmpty();
    assertThat(types.anchor("NO_SUCH_TYPE")).isEmpty();
  }

  @Test
  void kinGroupsAreSymmetricAndNamedByGroup() {
    assertThat(types.kin(types.group("RESOLUTION_ADOPTED"))).contains(types.group("MEETING"));
    assertThat(types.kin(types.group("MEETING"))).contains(types.group("RESOLUTION_ADOPTED"));
    assertThat(types.kin(types.group("MEMBERSHIP_TERM"))).contains(types.group("ADMISSION"));
    assertThat(types.kin(types.group("INDEPENDENCE"))).isEmpty();
  }

  @Test
  void groupsAndRecurrenceStay() {
    assertThat(types.compatible("APPOINTMENT", "AWARD")).isTrue();
    assertThat(types.recurs("APPOINTMENT")).isEqualTo(Recurrence.RARELY);
    assertThat(types.recurs("NO_SUCH_TYPE")).isEqualTo(Recurrence.OFTEN);
  }
}
