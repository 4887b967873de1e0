package org.tarikh.entity;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * Builds a language's gazetteer ({@link NameTrie}) from four sources, in this order of precedence:
 * <ol>
 *   <li>the pack's hand-written name files {@code entities/{states,orgs,persons,places,treaties,
 *   events}.tsv} (columns {@code id}, {@code names} separated by {@code |}, optional
 *   {@code case} and {@code adjectives}); adjectives are expanded by the optional
 *   {@code entities/adjective-forms.tsv} ({@code form}, with {@code {}} for the stem);</li>
 *   <li>the knowledge-base columns the pack property {@code entities.kb-columns} names (the
 *   English pack matches the canonical names and acronyms);</li>
 *   <li>CLDR country and area names in the pack's {@code locale}, through ICU4J;</li>
 *   <li>CLDR exemplar cities of time zones in that locale.</li>
 * </ol>
 * Forms listed in {@code entities/stop-names.tsv} (column {@code name}) are removed at the end.
 */
final class PackNames {
  static final List<String> NAME_FILES =
      List.of("states.tsv", "orgs.tsv", "persons.tsv", "places.tsv", "treaties.tsv", "events.tsv");

  private final LanguagePack pack;
  private final KnowledgeBase kb;
  private final NameTrie trie = new NameTrie();
  private final NameKeys keys;

  private PackNames(LanguagePack pack, KnowledgeBase kb, NameKeys keys) {
    this.pack = pack;
    this.kb = kb;
    this.keys = keys;
  }

  static NameTrie build(LanguagePack pack, KnowledgeBase kb) {
    return build(pack, kb, null);
  }

  /** The gazetteer; when {@code keys} is given, the organization, treaty and event names go there too. */
  static NameTrie build(LanguagePack pack, KnowledgeBase kb, NameKeys keys) {
    PackNames b = new PackNames(pack, kb, keys);
    b.addPackFiles();
    b.addKbColumns();
    b.addCldr();
    b.removeStopNames();
    if (keys != null) {
      keys.seal();
    }
    return b.trie;
  }

  /** The normalized tokens of a name, hyphens left out (they are optional in text). */
  static List<String> keyOf(String name) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(ScriptNormalizer.normalize(name))) {
      if (!NameScanner.isJoiner(t)) {
        out.add(t.text());
      }
    }
    return out;
  }

  private void add(String name, String id, CasePolicy policy, NameRank rank) {
    List<String> tokens = keyOf(name);
    trie.add(tokens, new NameEntry(id, policy, rank.ordinal()));
    if (keys != null && rank.compareTo(NameRank.KB) <= 0) {
      keys.add(tokens, id);
    }
  }

  private void addPackFiles() {
    List<String> forms = pack.optionalTable("entities/adjective-forms.tsv", "form")
        .map(t -> t.rows().stream().map(r -> r.require("form")).toList()).orElse(List.of("{}"));
    for (String file : NAME_FILES) {
      pack.optionalTable("entities/" + file, "id", "names").ifPresent(t -> {
        for (TsvTable.Row r : t.rows()) {
          addRow(t, r, forms);
        }
      });
    }
  }

  private void addRow(TsvTable t, TsvTable.Row r, List<String> adjectiveForms) {
    String id = r.require("id");
    if (kb.get(id) == null) {
      throw r.error("id '" + id + "' is not in the knowledge base (kb/*.tsv)");
    }
    String caseCell = Cells.optional(t, r, "case");
    for (String name : split(r.get("names"))) {
      add(name, id, CasePolicy.of(caseCell, name), NameRank.PACK);
    }
    for (String stem : split(Cells.optional(t, r, "adjectives"))) {
      for (String form : adjectiveForms) {
        String name = form.replace("{}", stem);
        add(name, id, CasePolicy.of(caseCell, name), NameRank.PACK);
      }
    }
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private void addKbColumns() {
    List<String> columns = split(pack.property("entities.kb-columns", "").replace(',', '|'));
    for (KbEntry e : kb.entries()) {
      for (String column : columns) {
        String name = switch (column) {
          case "name" -> e.name();
          case "acronym" -> e.acronym();
          default -> throw new org.tarikh.lang.ResourceException(pack.describe("pack.properties"), 0,
              "entities.kb-columns: unknown column '" + column + "' (name, acronym)");
        };
        if (!name.isEmpty()) {
          add(name, e.id(), CasePolicy.of("", name), NameRank.KB);
        }
      }
    }
  }

  private void addCldr() {
    ULocale locale = new ULocale(pack.property("locale", pack.code()));
    for (KnowledgeBase.CldrKey k : kb.states()) {
      addDisplayName(new ULocale("", k.code()).getDisplayCountry(locale), k.id(), NameRank.CLDR_STATE);
    }
    for (KnowledgeBase.CldrKey k : kb.regions()) {
      addDisplayName(new ULocale("", k.code()).getDisplayCountry(locale), k.id(), NameRank.CLDR_REGION);
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(locale);
    for (KnowledgeBase.CldrKey k : kb.cities()) {
      String name = zones.getExemplarLocationName(k.code());
      if (name != null) {
        addDisplayName(name, k.id(), NameRank.CITY);
      }
    }
  }

  /** CLDR writes alternatives in parentheses: "Myanmar (Burma)" gives both names. */
  private void addDisplayName(String display, String id, NameRank rank) {
    int open = display.indexOf('(');
    if (open > 0 && display.endsWith(")")) {
      addDisplayName(display.substring(0, open).strip(), id, rank);
      addDisplayName(display.substring(open + 1, display.length() - 1).strip(), id, rank);
      return;
    }
    if (!display.isEmpty()) {
      add(display, id, CasePolicy.of("", display), rank);
    }
  }

  private void removeStopNames() {
    pack.optionalTable("entities/stop-names.tsv", "name").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        trie.remove(keyOf(r.require("name")));
      }
    });
  }
}
