package org.tarikh.entity;

/**
 * Which source of a name wins when two entities share one surface form: names written by hand
 * for a language beat knowledge-base names, which beat names generated from CLDR, which beat
 * time-zone city names (so "Kuwait" is the state, not the city).
 */
enum NameRank {
  PACK, KB, CLDR_STATE, CLDR_REGION, CITY
}
