package org.tarikh.model;

/** Kinds of entity in FACTS.md. */
public enum EntityKind {
  PERSON, STATE, ORG, PLACE, TREATY, EVENT
}
