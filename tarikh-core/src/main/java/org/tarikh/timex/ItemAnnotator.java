package org.tarikh.timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Turns the tokens of a normalized text into {@link Item}s: digit runs become numbers, the
 * longest lexicon entry at each token becomes one item (after stripping a proclitic from an
 * unknown word), and numbers written in words are joined ("twenty-seven", "سبعة وعشرين").
 * Language-neutral: everything it knows comes from the {@link Lexicon}.
 */
final class ItemAnnotator {
  static final String NUM = "NUM";
  static final String ORD = "ORD";
  static final String NUMJOIN = "NUMJOIN";
  private static final Map<String, String> NONE = Map.of();

  private final Lexicon lexicon;

  ItemAnnotator(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Item> annotate(AlignedText text, List<Token> tokens) {
    List<Item> items = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      boolean upper = Character.isUpperCase(text.originalCharAt(t.start()));
      if (t.kind() == Token.Kind.NUMBER) {
        Long n = t.text().length() <= 9 ? Long.parseLong(t.text()) : null;
        items.add(new Item(t.start(), t.end(), t.text(), NONE, n, t.text().length(), false, null));
        i++;
        continue;
      }
      int used = lookup(tokens, i, t.text(), 0, upper, null, items);
      if (used == 0 && t.kind() == Token.Kind.WORD) {
        used = stripClitic(tokens, i, upper, items);
      }
      if (used == 0) {
        items.add(new Item(t.start(), t.end(), t.text(), NONE, null, 0, upper, null));
        used = 1;
      }
      i += used;
    }
    return joinNumbers(items);
  }

  private int stripClitic(List<Token> tokens, int i, boolean upper, List<Item> items) {
    String word = tokens.get(i).text();
    for (Map.Entry<String, String> f : lexicon.fusions().entrySet()) {
      String c = f.getKey();
      if (word.length() >= c.length() + 2 && word.startsWith(c)) {
        int skip = c.length() - f.getValue().length() + 1;
        int used = lookup(tokens, i, f.getValue() + word.substring(c.length()), skip, upper, "prep", items);
        if (used > 0) {
          return used;
        }
      }
    }
    for (String c : lexicon.clitics()) {
      if (word.length() >= c.length() + 2 && word.startsWith(c)) {
        int used = lookup(tokens, i, word.substring(c.length()), c.length(), upper,
            lexicon.cliticValue(c), items);
        if (used > 0) {
          return used;
        }
      }
    }
    return 0;
  }

  /** Adds the longest entry at token {@code i} (its first token read as {@code first}). */
  private int lookup(List<Token> tokens, int i, String first, int skip, boolean upper,
                     String clitic, List<Item> items) {
    for (Lexicon.Entry e : lexicon.startingWith(first)) {
      if (!matches(tokens, i, e)) {
        continue;
      }
      int n = e.tokens().size();
      int start = tokens.get(i).start() + skip;
      int end = tokens.get(i + n - 1).end();
      String text = n == 1 ? first : String.join(" ", e.tokens());
      items.add(new Item(start, end, text, e.classes(), numberOf(e.classes()), 0, upper, clitic));
      return n;
    }
    return 0;
  }

  private static boolean matches(List<Token> tokens, int i, Lexicon.Entry e) {
    List<String> want = e.tokens();
    if (i + want.size() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < want.size(); k++) {
      if (!tokens.get(i + k).text().equals(want.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static Long numberOf(Map<String, String> classes) {
    String v = classes.containsKey(NUM) ? classes.get(NUM) : classes.get(ORD);
    if (v == null || v.isEmpty() || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    return Long.parseLong(v);
  }

  /** Joins number words: "twenty - seven", "two hundred and ten", "سبعة وعشرين". */
  private static List<Item> joinNumbers(List<Item> items) {
    List<Item> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item a = items.get(i);
      while (isWordNumber(a)) {
        int j = i + 1;
        if (j < items.size() && items.get(j).has(NUMJOIN)) {
          j++;
        }
        if (j >= items.size() || !isWordNumber(items.get(j))) {
          break;
        }
        Item b = items.get(j);
        Long sum = NumberWords.combine(a.number(), b.number(), j > i + 1 || "conj".equals(b.clitic()));
        if (sum == null) {
          break;
        }
        a = merged(a, b, sum);
        i = j;
      }
      out.add(a);
    }
    return out;
  }

  private static boolean isWordNumber(Item it) {
    return it.number() != null && !it.isDigits();
  }

  private static Item merged(Item a, Item b, long value) {
    Map<String, String> classes = new HashMap<>();
    boolean ordinal = a.has(ORD) || b.has(ORD);
    classes.put(ordinal ? ORD : NUM, String.valueOf(value));
    return new Item(a.start(), b.end(), a.text() + " " + b.text(), classes, value, 0, a.upper(),
        a.clitic());
  }
}
