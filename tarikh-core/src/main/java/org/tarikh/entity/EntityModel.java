package org.tarikh.entity;

import org.tarikh.lang.LanguagePack;

/**
 * Everything the entity stage needs for one language, compiled once from its pack and the
 * knowledge base and cached in the pack ({@link LanguagePack#model}).
 */
final class EntityModel {
  final NameScanner names;
  final NamePatterns patterns;
  final PersonFinder persons;
  final PersonRules personRules;
  final KnowledgeBase kb;
  final Clitics clitics;

  private EntityModel(NameScanner names, NamePatterns patterns, PersonFinder persons,
      PersonRules personRules, KnowledgeBase kb, Clitics clitics) {
    this.clitics = clitics;
    this.names = names;
    this.patterns = patterns;
    this.persons = persons;
    this.personRules = personRules;
    this.kb = kb;
  }

  static EntityModel of(LanguagePack pack) {
    return pack.model(EntityModel.class, EntityModel::build);
  }

  private static EntityModel build(LanguagePack pack) {
    KnowledgeBase kb = KnowledgeBase.standard();
    Clitics clitics = Clitics.of(pack);
    NameKeys keys = NameKeys.load(pack, clitics);
    NameTrie trie = PackNames.build(pack, kb, keys);
    NameScanner names = new NameScanner(trie, clitics);
    NamePatterns patterns = NamePatterns.load(pack, clitics, new PatternIds(trie, keys, kb));
    PersonRules rules = PersonRules.load(pack, clitics);
    PersonFinder persons = new PersonFinder(rules, Persons.index(), kb);
    return new EntityModel(names, patterns, persons, rules, kb, clitics);
  }

  /** The knowledge base's persons by skeleton, built once per JVM. */
  static final class Persons {
    private Persons() {
    }

    private static final class Holder {
      static final Skeleton LATIN = Skeleton.of(KnowledgeBase.table("latin-skeleton.tsv"));
      static final PersonIndex INDEX = PersonIndex.build(KnowledgeBase.standard(), LATIN);
    }

    static PersonIndex index() {
      return Holder.INDEX;
    }

    /** The consonant classes of Latin spellings ({@code kb/latin-skeleton.tsv}). */
    static Skeleton latin() {
      return Holder.LATIN;
    }
  }
}
