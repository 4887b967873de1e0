package org.tarikh.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.EntityKind;

/**
 * The knowledge base's persons keyed by the consonant skeleton of their English names (full name,
 * and first + last name), built with {@code kb/latin-skeleton.tsv}. A key two persons share is
 * dropped, so a match is never a guess between them.
 */
final class PersonIndex {
  /** Skeletons shorter than this (letters, both words together) are too weak to match. */
  static final int MIN_LETTERS = 5;
  private final Map<String, String> byKey;

  private PersonIndex(Map<String, String> byKey) {
    this.byKey = byKey;
  }

  static PersonIndex build(KnowledgeBase kb, Skeleton latin) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (KbEntry e : kb.entries()) {
      if (e.kind() == EntityKind.PERSON) {
        names.put(e.id(), e.name());
      }
    }
    return of(names, latin);
  }

  /** The index of persons given as id → English name. */
  static PersonIndex of(Map<String, String> names, Skeleton latin) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> clash = new HashSet<>();
    names.forEach((id, name) -> {
      List<String> words = PackNames.keyOf(Slugs.ascii(name));
      put(byKey, clash, latin.ofTokens(words), id);
      if (words.size() > 2) {
        put(byKey, clash, latin.ofTokens(List.of(words.get(0), words.get(words.size() - 1))), id);
      }
    });
    clash.forEach(byKey::remove);
    return new PersonIndex(Map.copyOf(byKey));
  }

  private static void put(Map<String, String> byKey, Set<String> clash, List<String> keys, String id) {
    for (String k : keys) {
      String old = byKey.putIfAbsent(k, id);
      if (old != null && !old.equals(id)) {
        clash.add(k);
      }
    }
  }

  /** The person whose skeleton is {@code key}, or {@code null}. */
  String find(String key) {
    if (key.length() - countSpaces(key) < MIN_LETTERS || key.indexOf(' ') < 0) {
      return null;
    }
    return byKey.get(key);
  }

  private static int countSpaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
