package org.tarikh.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.TsvTable;
import org.tarikh.text.ScriptNormalizer;

/**
 * Consonant skeletons for matching a name across scripts: "Walter Kälin" and "فالتير كالين" both
 * reduce to {@code fltr kln}. A table (columns {@code letters}, {@code class}) maps letters or
 * letter groups to a consonant class; alternatives are separated by {@code |} (Latin "w" is
 * {@code f|}: German "Walter" is written with ف in Arabic, English "Edward" with و); letters not
 * in the table (vowels, ح, ع ...) are dropped and repeated classes collapse.
 */
final class Skeleton {
  private static final int MAX_VARIANTS = 8;
  private final Map<String, List<String>> classes;
  private final int longest;

  private Skeleton(Map<String, List<String>> classes, int longest) {
    this.classes = classes;
    this.longest = longest;
  }

  static Skeleton of(TsvTable table) {
    Map<String, List<String>> classes = new HashMap<>();
    int longest = 1;
    for (TsvTable.Row r : table.rows()) {
      String letters = ScriptNormalizer.normalize(r.require("letters"));
      classes.put(letters, List.of(r.get("class").split("\\|", -1)));
      longest = Math.max(longest, letters.length());
    }
    return new Skeleton(classes, longest);
  }

  private static final int MAX_CACHE = 50_000;
  private final Map<String, Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();

  /** Every skeleton of a normalized word (usually one). */
  Set<String> of(String word) {
    Set<String> cached = cache.get(word);
    if (cached == null) {
      cached = compute(word);
      if (cache.size() < MAX_CACHE) {
        cache.put(word, cached);
      }
    }
    return cached;
  }

  private Set<String> compute(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    int i = 0;
    while (i < word.length()) {
      int len = Math.min(longest, word.length() - i);
      while (len > 1 && !classes.containsKey(word.substring(i, i + len))) {
        len--;
      }
      List<String> alts = classes.get(word.substring(i, i + len));
      if (alts != null) {
        out = extend(out, alts);
      }
      i += len;
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static Set<String> extend(Set<String> prefixes, List<String> alts) {
    Set<String> next = new LinkedHashSet<>();
    for (String p : prefixes) {
      for (String a : alts) {
        if (next.size() < MAX_VARIANTS) {
          next.add(a.isEmpty() || p.endsWith(a) ? p : p + a);
        }
      }
    }
    return next;
  }

  /** The first skeleton of a word. */
  String first(String word) {
    return of(word).iterator().next();
  }

  /** Every skeleton of a token sequence, words joined by spaces. */
  List<String> ofTokens(List<String> words) {
    List<String> out = new ArrayList<>(List.of(""));
    for (String w : words) {
      List<String> next = new ArrayList<>();
      for (String p : out) {
        for (String s : of(w)) {
          if (next.size() < MAX_VARIANTS) {
            next.add(p.isEmpty() ? s : p + " " + s);
          }
        }
      }
      out = next;
    }
    return out;
  }
}
