package org.tarikh.model;

import java.util.List;

/**
 * Two events (as {@code docid#eventid}) that state the same fact.
 *
 * @param score how sure the aligner is, 0..1
 * @param reasons why the link was made (shared entities, same date, same numbers, ...)
 */
public record Link(String a, String b, double score, List<String> reasons) {
  public Link {
    reasons = List.copyOf(reasons);
  }
}
