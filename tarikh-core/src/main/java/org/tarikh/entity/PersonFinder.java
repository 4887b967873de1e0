package org.tarikh.entity;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Finds persons the gazetteer does not know: names next to a title or role ("President X",
 * "X, Ambassador", "الرئيس X", "X المبعوث الدائم"), and in scripts with a skeleton table, any
 * two or three words whose consonant skeleton is that of a knowledge-base person. A name in the
 * Latin script gets the slug of its spelling; another script gets the knowledge-base person its
 * skeleton matches, else a transliterated slug flagged low confidence.
 */
final class PersonFinder {
  private static final int MAX_WORDS = 3;
  private final PersonRules rules;
  private final PersonIndex index;
  private final KnowledgeBase kb;

  PersonFinder(PersonRules rules, PersonIndex index, KnowledgeBase kb) {
    this.rules = rules;
    this.index = index;
    this.kb = kb;
  }

  /** Person matches over tokens not yet {@code covered}; marks the tokens it uses. */
  List<Match> find(AlignedText text, List<Token> tokens, boolean[] covered) {
    List<Match> out = new ArrayList<>();
    for (NameScanner.Found title : rules.before.scan(text, tokens, null)) {
      addName(out, text, tokens, covered, wordsAfter(text, tokens, covered, title.lastToken() + 1));
    }
    for (NameScanner.Found title : rules.after.scan(text, tokens, null)) {
      addName(out, text, tokens, covered, wordsBefore(text, tokens, covered, title.firstToken() - 1));
    }
    if (rules.skeleton != null) {
      out.addAll(bySkeleton(text, tokens, covered));
    }
    return out;
  }

  private boolean nameToken(AlignedText text, List<Token> tokens, boolean[] covered, int k) {
    if (k < 0 || k >= tokens.size() || covered[k]) {
      return false;
    }
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.WORD && rules.nameLike(t.text())
        && CasePolicy.INITIAL.accepts(text, t.start(), t.end());
  }

  private List<Integer> wordsAfter(AlignedText text, List<Token> tokens, boolean[] covered, int k) {
    List<Integer> words = new ArrayList<>();
    while (words.size() < MAX_WORDS && nameToken(text, tokens, covered, k)) {
      words.add(k);
      k += k + 2 < tokens.size() && NameScanner.isJoiner(tokens.get(k + 1)) ? 2 : 1;
    }
    return words;
  }

  private List<Integer> wordsBefore(AlignedText text, List<Token> tokens, boolean[] covered, int k) {
    if (k >= 0 && tokens.get(k).text().equals(",")) {
      k--;
    }
    List<Integer> words = new ArrayList<>();
    while (words.size() < MAX_WORDS && nameToken(text, tokens, covered, k)) {
      words.add(0, k);
      k -= k >= 2 && NameScanner.isJoiner(tokens.get(k - 1)) ? 2 : 1;
    }
    return words;
  }

  private void addName(List<Match> out, AlignedText text, List<Token> tokens, boolean[] covered,
      List<Integer> words) {
    if (words.size() < 2) {
      return;
    }
    Match m = resolve(text, tokens, words);
    if (m != null) {
      out.add(m);
      for (int k = words.get(0); k <= words.get(words.size() - 1); k++) {
        covered[k] = true;
      }
    }
  }

  private Match resolve(AlignedText text, List<Token> tokens, List<Integer> words) {
    int start = tokens.get(words.get(0)).start();
    int end = tokens.get(words.get(words.size() - 1)).end();
    String surface = text.original().substring(text.originalCharStart(start), text.originalCharEnd(end - 1));
    if (isLatin(surface)) {
      String id = "person:" + Slugs.slug(surface);
      KbEntry known = kb.get(id);
      return new Match(start, end, id, known == null ? surface : known.name(), false);
    }
    String known = rules.skeleton == null ? null : lookUp(tokens, words);
    if (known != null) {
      return Match.of(start, end, known);
    }
    String ascii = Slugs.ascii(surface);
    return new Match(start, end, "person:" + Slugs.slug(ascii), titleCase(ascii), true);
  }

  private String lookUp(List<Token> tokens, List<Integer> words) {
    List<String> texts = new ArrayList<>();
    words.forEach(k -> texts.add(tokens.get(k).text()));
    for (String key : rules.skeleton.ofTokens(texts)) {
      String id = index.find(key);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private List<Match> bySkeleton(AlignedText text, List<Token> tokens, boolean[] covered) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      for (int n = MAX_WORDS; n >= 2; n--) {
        List<Integer> words = wordsAfter(text, tokens, covered, i);
        if (words.size() >= n) {
          String id = lookUp(tokens, words.subList(0, n));
          if (id != null) {
            Match m = Match.of(tokens.get(i).start(), tokens.get(words.get(n - 1)).end(), id);
            out.add(m);
            words.subList(0, n).forEach(k -> covered[k] = true);
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      }
    }
    return false;
  }

  private static String titleCase(String ascii) {
    StringBuilder b = new StringBuilder(ascii.length());
    boolean up = true;
    for (char c : ascii.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ' || c == '-';
    }
    return b.toString();
  }
}
