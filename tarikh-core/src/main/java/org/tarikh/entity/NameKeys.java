package org.tarikh.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.TsvTable;
import org.tarikh.model.EntityKind;
import org.tarikh.text.ScriptNormalizer;

/**
 * Order-free keys of organization, treaty and event names, so that a name written with its
 * words in another order, with other function words or a synonym ("بيان حقوق الانسان العالمي" for
 * "الإعلان العالمي لحقوق الإنسان") still finds its id. A key is the sorted bag of a name's content
 * words: proclitics stripped ({@link Clitics}), numbers dropped, and words mapped by the pack's
 * optional {@code entities/key-words.tsv} (columns {@code word}, {@code key}: the word it stands
 * for, empty to drop the word). Keys of fewer than {@link #MIN_WORDS} words, or shared by two
 * ids, are not used.
 */
final class NameKeys {
  static final int MIN_WORDS = 2;
  private final Map<String, String> words;
  private final Clitics clitics;
  private final Map<String, String> byKey = new HashMap<>();
  private final Set<String> clash = new HashSet<>();
  private static final int MAX_CACHE = 50_000;
  private final Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();

  private NameKeys(Map<String, String> words, Clitics clitics) {
    this.words = words;
    this.clitics = clitics;
  }

  static NameKeys load(LanguagePack pack, Clitics clitics) {
    Map<String, String> words = new HashMap<>();
    NameKeys bare = new NameKeys(Map.of(), clitics);
    pack.optionalTable("entities/key-words.tsv", "word").ifPresent(t -> {
      for (TsvTable.Row r : t.rows()) {
        String key = Cells.optional(t, r, "key");
        words.put(bare.stem(ScriptNormalizer.normalize(r.require("word"))),
            key.isEmpty() ? "" : bare.stem(ScriptNormalizer.normalize(key)));
      }
    });
    return new NameKeys(Map.copyOf(words), clitics);
  }

  /** Registers a name (normalized tokens) of an organization, treaty or event. */
  void add(List<String> tokens, String id) {
    EntityKind kind = KbEntry.kindOf(id);
    if (kind != EntityKind.ORG && kind != EntityKind.TREATY && kind != EntityKind.EVENT) {
      return;
    }
    String key = key(tokens);
    if (key != null) {
      String old = byKey.putIfAbsent(key, id);
      if (old != null && !old.equals(id)) {
        clash.add(key);
      }
    }
  }

  /** Drops keys two ids share; call once after the last {@link #add}. */
  NameKeys seal() {
    clash.forEach(byKey::remove);
    return this;
  }

  /** The id whose key the tokens have, or {@code null}. */
  String find(List<String> tokens) {
    String key = key(tokens);
    return key == null ? null : byKey.get(key);
  }

  String key(List<String> tokens) {
    return keyOfStems(stems(tokens));
  }

  /** The key word of each token: its stem mapped by the key-word table, empty when left out. */
  List<String> stems(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(Character.isLetter(t.charAt(0)) ? keyWord(t) : "");
    }
    return out;
  }

  private String keyWord(String token) {
    String cached = cache.get(token);
    if (cached == null) {
      String stem = stem(token);
      cached = words.getOrDefault(stem, stem);
      if (cache.size() < MAX_CACHE) {
        cache.put(token, cached);
      }
    }
    return cached;
  }

  /** The id whose key the key words of {@link #stems} give, or {@code null}. */
  String findStems(List<String> stems) {
    String key = keyOfStems(stems);
    return key == null ? null : byKey.get(key);
  }

  private static String keyOfStems(List<String> stems) {
    List<String> bag = new ArrayList<>(stems.size());
    for (String s : stems) {
      if (!s.isEmpty()) {
        bag.add(s);
      }
    }
    if (bag.size() < MIN_WORDS) {
      return null;
    }
    Collections.sort(bag);
    return String.join(" ", bag);
  }

  /** A word without its proclitics: the shortest reading, repeatedly. */
  private String stem(String word) {
    String w = word;
    while (true) {
      String shortest = w;
      for (Clitics.Variant v : clitics.variants(w)) {
        if (v.form().length() < shortest.length()) {
          shortest = v.form();
        }
      }
      if (shortest.equals(w)) {
        return w;
      }
      w = shortest;
    }
  }
}
