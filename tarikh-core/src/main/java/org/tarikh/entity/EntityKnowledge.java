package org.tarikh.entity;

import java.util.List;
import java.util.Optional;

/**
 * What the entity knowledge base knows about ids, for code outside the entity stage (the reference
 * checks, the aligner): canonical English names, acronyms and which body belongs to which. It reads the same tables as the entity stage,
 * {@code org/tarikh/kb/*.tsv} (columns {@code name}, {@code acronym}, {@code other-acronyms},
 * {@code part-of}),
 * loaded once per JVM.
 */
public final class EntityKnowledge {
  private static final class Holder {
    static final EntityKnowledge STANDARD = new EntityKnowledge(KnowledgeBase.standard());
  }

  private final KnowledgeBase kb;

  private EntityKnowledge(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The bundled knowledge base. */
  public static EntityKnowledge standard() {
    return Holder.STANDARD;
  }

  /** The canonical English name of an id, if the knowledge base has it. */
  public Optional<String> name(String id) {
    return Optional.ofNullable(kb.get(id)).map(KbEntry::name);
  }

  /** The acronyms of an id, the common English one first; empty when none is listed. */
  public List<String> acronyms(String id) {
    KbEntry e = kb.get(id);
    return e == null ? List.of() : e.acronyms();
  }

  /**
   * The bodies an id belongs to, nearest first ({@code org:unesco-executive-board} is part of
   * nothing here; {@code org:ibrd} of {@code org:world-bank}, which is part of {@code org:un}).
   */
  public List<String> partOf(String id) {
    List<String> out = new java.util.ArrayList<>();
    for (String p = kb.partOf(id); p != null && !out.contains(p); p = kb.partOf(p)) {
      out.add(p);
    }
    return out;
  }

  /** The id an acronym belongs to (acronyms are case-sensitive: {@code UN}, {@code IsDB}). */
  public Optional<String> acronymOwner(String acronym) {
    return Optional.ofNullable(kb.acronymOwner(acronym));
  }
}
