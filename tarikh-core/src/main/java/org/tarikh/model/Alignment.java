package org.tarikh.model;

import java.util.ArrayList;
import java.util.List;

/** A cross-document result (schema {@code tarikh/1-align}). */
public record Alignment(List<String> docs, List<Link> links, List<Conflict> conflicts) {
  public static final String SCHEMA = "tarikh/1-align";

  public Alignment {
    docs = List.copyOf(docs);
    links = List.copyOf(links);
    conflicts = List.copyOf(conflicts);
  }

  /** Several alignments as one: their documents (each once, first seen first), links and conflicts. */
  public static Alignment merge(List<Alignment> all) {
    List<String> docs = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Alignment a : all) {
      a.docs().stream().filter(d -> !docs.contains(d)).forEach(docs::add);
      links.addAll(a.links());
      conflicts.addAll(a.conflicts());
    }
    return new Alignment(docs, links, conflicts);
  }
}
