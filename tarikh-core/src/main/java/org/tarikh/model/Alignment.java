package org.tarikh.model;

import java.util.List;

/** A cross-document result (schema {@code tarikh/1-align}). */
public record Alignment(List<String> docs, List<Link> links, List<Conflict> conflicts) {
  public static final String SCHEMA = "tarikh/1-align";

  public Alignment {
    docs = List.copyOf(docs);
    links = List.copyOf(links);
    conflicts = List.copyOf(conflicts);
  }
}
