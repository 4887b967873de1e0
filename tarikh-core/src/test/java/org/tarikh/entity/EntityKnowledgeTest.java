package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Acronyms and names of the knowledge base, as other packages read them. */
class EntityKnowledgeTest {
  private final EntityKnowledge kb = EntityKnowledge.standard();

  @Test
  void everyAcronymOfABodyLeadsBackToIt() {
    assertThat(kb.acronyms("org:un")).startsWith("UN").contains("ONU");
    assertThat(kb.acronymOwner("ONU")).contains("org:un");
    assertThat(kb.acronymOwner("IsDB")).contains("org:isdb");
    assertThat(kb.acronymOwner("ISDB")).contains("org:isdb");
    assertThat(kb.acronymOwner("NPT")).contains("treaty:npt");
  }

  @Test
  void unknownIdsAndAcronymsAreEmpty() {
    assertThat(kb.acronyms("org:un-secretariat")).isEmpty();
    assertThat(kb.acronyms("org:no-such-body")).isEmpty();
    assertThat(kb.acronymOwner("ZZZQ")).isEmpty();
    assertThat(kb.acronymOwner("un")).as("case-sensitive").isEmpty();
    assertThat(kb.name("org:wipo")).contains("World Intellectual Property Organization");
  }
}
