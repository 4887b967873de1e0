package org.tarikh.entity;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.TsvTable;

/**
 * Language-neutral entity knowledge: ids, kinds and canonical English names. It reads
 * {@code org/tarikh/kb/{states,orgs,persons,places,treaties,events}.tsv} (hand-written, columns
 * {@code id}, {@code name}, optional {@code acronym}, {@code part-of} (the id of the body it
 * belongs to) and {@code other-acronyms} (separated by
 * {@code |}; an acronym belongs to one id only), and for states {@code region}, the CLDR
 * region code a row overrides), {@code regions.tsv} (CLDR region codes that are places, optional {@code id}) and
 * {@code city-exclusions.tsv} (time zones whose exemplar city is not used),
 * {@code state-adjectives.tsv} (the English adjective of a state, for ids such as
 * {@code org:armenian-armed-forces}), and adds every
 * ISO 3166 country of CLDR (via ICU4J) as {@code state:<alpha3>}. Loaded once per JVM.
 */
final class KnowledgeBase {
  static final String ROOT = "org/tarikh/kb/";
  private static final List<String> ENTITY_FILES =
      List.of("states.tsv", "orgs.tsv", "persons.tsv", "places.tsv", "treaties.tsv", "events.tsv");

  /** A CLDR code (ISO 3166 region, UN M49 area or time zone) and the id it stands for. */
  record CldrKey(String code, String id) {
  }

  private final Map<String, KbEntry> byId;
  private final Map<String, String> acronymOwners;
  private final Map<String, String> partOf;
  private final List<CldrKey> states;
  private final List<CldrKey> regions;
  private final List<CldrKey> cities;
  private final Map<String, String> adjectives;

  private KnowledgeBase(Map<String, KbEntry> byId, Map<String, String> acronymOwners, Map<String, String> partOf,
      List<CldrKey> states, List<CldrKey> regions, List<CldrKey> cities, Map<String, String> adjectives) {
    this.byId = byId;
    this.acronymOwners = acronymOwners;
    this.partOf = partOf;
    this.adjectives = adjectives;
    this.states = states;
    this.regions = regions;
    this.cities = cities;
  }

  private static final class Holder {
    static final KnowledgeBase STANDARD = load();
  }

  static KnowledgeBase standard() {
    return Holder.STANDARD;
  }

  static KnowledgeBase load() {
    Map<String, KbEntry> byId = new LinkedHashMap<>();
    Map<String, String> regionOverrides = new HashMap<>();
    Map<String, String> acronymOwners = new HashMap<>();
    Map<String, String> partOf = new HashMap<>();
    List<Runnable> partChecks = new ArrayList<>();
    for (String file : ENTITY_FILES) {
      TsvTable t = table(file);
      for (TsvTable.Row r : t.rows()) {
        KbEntry e = entry(t, r);
        if (byId.putIfAbsent(e.id(), e) != null) {
          throw r.error("duplicate id " + e.id());
        }
        if (!Cells.optional(t, r, "region").isEmpty()) {
          regionOverrides.put(r.get("region"), e.id());
        }
        e.acronyms().forEach(a -> claimAcronym(acronymOwners, a, e.id(), r));
        String parent = Cells.optional(t, r, "part-of");
        if (!parent.isEmpty()) {
          partOf.put(e.id(), parent);
          partChecks.add(() -> {
            if (!byId.containsKey(parent)) {
              throw r.error("part-of '" + parent + "' is not in the knowledge base");
            }
          });
        }
      }
    }
    List<CldrKey> states = cldrStates(byId, regionOverrides);
    List<CldrKey> regions = regions(byId);
    partChecks.forEach(Runnable::run);
    return new KnowledgeBase(java.util.Collections.unmodifiableMap(byId), Map.copyOf(acronymOwners), Map.copyOf(partOf),
        List.copyOf(states), regions, cities(byId), adjectives(byId));
  }

  private static void claimAcronym(Map<String, String> owners, String acronym, String id, TsvTable.Row r) {
    String earlier = owners.putIfAbsent(acronym, id);
    if (earlier != null) {
      throw r.error("acronym '" + acronym + "' is already given to " + earlier);
    }
  }

  private static List<CldrKey> regions(Map<String, KbEntry> byId) {
    List<CldrKey> regions = new ArrayList<>();
    TsvTable t = table("regions.tsv");
    for (TsvTable.Row r : t.rows()) {
      String code = r.require("region");
      String given = Cells.optional(t, r, "id");
      String id = given.isEmpty() ? "place:" + Slugs.slug(cldrName(code)) : given;
      byId.putIfAbsent(id, new KbEntry(id, cldrName(code)));
      regions.add(new CldrKey(code, id));
    }
    return List.copyOf(regions);
  }

  private static Map<String, String> adjectives(Map<String, KbEntry> byId) {
    Map<String, String> out = new HashMap<>();
    for (TsvTable.Row r : table("state-adjectives.tsv").rows()) {
      String id = r.require("id");
      if (!byId.containsKey(id)) {
        throw r.error("id '" + id + "' is not in the knowledge base");
      }
      out.put(id, Slugs.slug(r.require("adjective")));
    }
    return Map.copyOf(out);
  }

  private static KbEntry entry(TsvTable t, TsvTable.Row r) {
    String id = r.require("id");
    try {
      List<String> others = Arrays.stream(Cells.optional(t, r, "other-acronyms").split("\\|"))
          .map(String::strip).filter(a -> !a.isEmpty()).toList();
      return new KbEntry(id, KbEntry.kindOf(id), r.require("name"), Cells.optional(t, r, "acronym"), others);
    } catch (IllegalArgumentException e) {
      throw r.error("bad id '" + id + "': " + e.getMessage());
    }
  }

  private static List<CldrKey> cldrStates(Map<String, KbEntry> byId, Map<String, String> overrides) {
    List<CldrKey> out = new ArrayList<>();
    for (String code : ULocale.getISOCountries()) {
      String alpha3 = new ULocale("", code).getISO3Country();
      String id = overrides.getOrDefault(code,
          alpha3.isEmpty() ? null : "state:" + alpha3.toLowerCase(java.util.Locale.ROOT));
      if (id != null) {
        byId.putIfAbsent(id, new KbEntry(id, cldrName(code)));
        out.add(new CldrKey(code, id));
      }
    }
    overrides.forEach((code, id) -> {
      if (out.stream().noneMatch(k -> k.code().equals(code))) {
        out.add(new CldrKey(code, id));
      }
    });
    return out;
  }

  private static List<CldrKey> cities(Map<String, KbEntry> byId) {
    Set<String> excluded = new HashSet<>();
    for (TsvTable.Row r : table("city-exclusions.tsv").rows()) {
      excluded.add(r.require("pattern"));
    }
    com.ibm.icu.text.TimeZoneNames en = com.ibm.icu.text.TimeZoneNames.getInstance(ULocale.ENGLISH);
    List<CldrKey> out = new ArrayList<>();
    for (String tz : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String name = en.getExemplarLocationName(tz);
      if (name != null && excluded.stream().noneMatch(tz::startsWith)) {
        String id = "place:" + Slugs.slug(name);
        byId.putIfAbsent(id, new KbEntry(id, name));
        out.add(new CldrKey(tz, id));
      }
    }
    return List.copyOf(out);
  }

  static String cldrName(String code) {
    return new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
  }

  static TsvTable table(String file) {
    return TsvTable.resource("/" + ROOT + file, Set.of());
  }

  /** The entry of an id, or {@code null}. */
  KbEntry get(String id) {
    return byId.get(id);
  }

  /** The id of the body an id belongs to ({@code part-of} column), or {@code null}. */
  String partOf(String id) {
    return partOf.get(id);
  }

  /** The id an acronym belongs to, or {@code null}. */
  String acronymOwner(String acronym) {
    return acronymOwners.get(acronym);
  }

  Iterable<KbEntry> entries() {
    return byId.values();
  }

  /** The slug of a state's English adjective ("armenian"), or {@code null}. */
  String adjective(String stateId) {
    return adjectives.get(stateId);
  }

  /** ISO 3166 regions of CLDR and the state ids they stand for. */
  List<CldrKey> states() {
    return states;
  }

  /** UN M49 areas of CLDR that are places. */
  List<CldrKey> regions() {
    return regions;
  }

  /** Time zones whose exemplar city is a place. */
  List<CldrKey> cities() {
    return cities;
  }
}
