package org.tarikh.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tarikh.lang.TsvTable;

/**
 * Which acronym belongs to which international body, in any language, read once from
 * {@code reference/un-bodies.tsv} (source: the UN System Chart and the bodies' own sites).
 * For a body the table does not list, an id of the FACTS.md form {@code org:<acronym>} (no
 * hyphen) gives its English acronym.
 */
public final class UnBodies {
  private static final class Holder {
    static final UnBodies INSTANCE = new UnBodies();
  }

  /** A body: its id, acronyms (the first is the English one) and English name. */
  public record Body(String id, List<String> acronyms, String name) {
  }

  private final Map<String, Body> byId = new HashMap<>();
  private final Map<String, Body> byAcronym = new HashMap<>();

  private UnBodies() {
    for (TsvTable.Row r : ReferenceData.table("un-bodies.tsv", "id", "acronyms", "name").rows()) {
      List<String> acronyms = List.of(r.require("acronyms").split("\\s*,\\s*"));
      Body b = new Body(r.require("id"), acronyms, r.require("name"));
      byId.put(b.id(), b);
      for (String a : acronyms) {
        if (byAcronym.putIfAbsent(a, b) != null) {
          throw r.error("acronym '" + a + "' is already given to " + byAcronym.get(a).id());
        }
      }
    }
  }

  /** The bundled table, loaded once. */
  public static UnBodies standard() {
    return Holder.INSTANCE;
  }

  /** The body an acronym belongs to. */
  public Optional<Body> byAcronym(String acronym) {
    return Optional.ofNullable(byAcronym.get(acronym));
  }

  /** The body of an id, if listed. */
  public Optional<Body> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** True when the acronym is one the body is known by (listed, or given by its id). */
  public boolean belongsTo(String acronym, String id) {
    Body b = byId.get(id);
    if (b != null && b.acronyms().contains(acronym)) {
      return true;
    }
    return acronym.toLowerCase(Locale.ROOT).equals(idAcronym(id));
  }

  /** The English acronym of a body: the table's first, else the one its id spells, else empty. */
  public Optional<String> englishAcronym(String id) {
    Body b = byId.get(id);
    if (b != null) {
      return Optional.of(b.acronyms().get(0));
    }
    String a = idAcronym(id);
    return a == null ? Optional.empty() : Optional.of(a.toUpperCase(Locale.ROOT));
  }

  private static String idAcronym(String id) {
    if (!id.startsWith("org:")) {
      return null;
    }
    String rest = id.substring(4);
    return rest.matches("[a-z][a-z0-9]{1,9}") ? rest : null;
  }
}
