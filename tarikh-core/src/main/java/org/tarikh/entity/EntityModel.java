package org.tarikh.entity;

import org.tarikh.lang.LanguagePack;

/**
 * Everything the entity stage needs for one language, compiled once from its pack and the
 * knowledge base and cached in the pack ({@link LanguagePack#model}).
 */
final class EntityModel {
  final NameScanner names;
  final PersonFinder persons;
  final PersonRules personRules;
  final KnowledgeBase kb;

  private EntityModel(NameScanner names, PersonFinder persons, PersonRules personRules,
      KnowledgeBase kb) {
    this.names = names;
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
    NameScanner names = new NameScanner(PackNames.build(pack, kb), clitics);
    PersonRules rules = PersonRules.load(pack, clitics);
    PersonFinder persons = new PersonFinder(rules, Persons.index(), kb);
    return new EntityModel(names, persons, rules, kb);
  }

  /** The knowledge base's persons by skeleton, built once per JVM. */
  static final class Persons {
    private Persons() {
    }

    private static final class Holder {
      static final PersonIndex INDEX = PersonIndex.build(KnowledgeBase.standard(),
          Skeleton.of(KnowledgeBase.table("latin-skeleton.tsv")));
    }

    static PersonIndex index() {
      return Holder.INDEX;
    }
  }
}
