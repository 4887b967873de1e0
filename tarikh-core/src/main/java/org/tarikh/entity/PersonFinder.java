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
 * skeleton matches, else (after a preceding title only) a transliterated slug flagged low
 * confidence.
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
      addName(out, text, tokens, covered, wordsAfter(text, tokens, covered, title.lastToken() + 1), true);
    }
    for (NameScanner.Found title : rules.after.scan(text, tokens, null)) {
      addName(out, text, tokens, covered, wordsBefore(text, tokens, covered, title.firstToken() - 1), false);
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
    if (k >= tokens.size() || !rules.nameStart(tokens.get(k).text())) {
      return words;
    }
    while (words.size() < MAX_WORDS) {
      if (!words.isEmpty() && particle(tokens, covered, k)) {
        int after = k + (k + 2 < tokens.size() && NameScanner.isJoiner(tokens.get(k + 1)) ? 2 : 1);
        if (!nameToken(text, tokens, covered, after)) {
          break;
        }
        words.add(k);
        k = after;
        continue;
      }
      if (!nameToken(text, tokens, covered, k)) {
        break;
      }
      words.add(k);
      k += k + 2 < tokens.size() && NameScanner.isJoiner(tokens.get(k + 1)) ? 2 : 1;
    }
    return words;
  }

  private boolean particle(List<Token> tokens, boolean[] covered, int k) {
    return k < tokens.size() && !covered[k] && rules.particles.contains(tokens.get(k).text());
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
    while (!words.isEmpty() && !rules.nameStart(tokens.get(words.get(0)).text())) {
      words.remove(0);
    }
    return words;
  }

  private void addName(List<Match> out, AlignedText text, List<Token> tokens, boolean[] covered,
      List<Integer> words, boolean titleBefore) {
    if (words.size() < 2) {
      return;
    }
    Match m = isLatin(surface(text, tokens, words)) ? latin(text, tokens, words)
        : bySkeletonNear(tokens, words, titleBefore);
    if (m == null && titleBefore) {
      m = invented(text, tokens, words.subList(0, 2));
    }
    if (m != null) {
      out.add(m);
      for (int k = Surnames.firstTokenAt(tokens, m.start()); k < tokens.size()
          && tokens.get(k).end() <= m.end(); k++) {
        covered[k] = true;
      }
    }
  }

  private static String surface(AlignedText text, List<Token> tokens, List<Integer> words) {
    int start = tokens.get(words.get(0)).start();
    int end = tokens.get(words.get(words.size() - 1)).end();
    return text.original().substring(text.originalCharStart(start), text.originalCharEnd(end - 1));
  }

  /** A Latin-script name: the slug of its spelling, or the knowledge-base person one typo away. */
  private Match latin(AlignedText text, List<Token> tokens, List<Integer> words) {
    String surface = surface(text, tokens, words);
    int start = tokens.get(words.get(0)).start();
    int end = tokens.get(words.get(words.size() - 1)).end();
    String id = "person:" + Slugs.slug(surface);
    KbEntry known = kb.get(id);
    if (known == null) {
      known = nearest(id);
    }
    return known != null ? Match.of(start, end, known.id()) : new Match(start, end, id, surface, false);
  }

  /** The knowledge-base person whose id differs from {@code id} by one edit, if any. */
  private KbEntry nearest(String id) {
    if (id.length() < 12) {
      return null;
    }
    for (KbEntry e : kb.entries()) {
      if (e.kind() == org.tarikh.model.EntityKind.PERSON && EditDistance.atMostOne(id, e.id())) {
        return e;
      }
    }
    return null;
  }

  /** The knowledge-base person of the longest window next to the title whose skeleton matches. */
  private Match bySkeletonNear(List<Token> tokens, List<Integer> words, boolean titleBefore) {
    if (rules.skeleton == null) {
      return null;
    }
    for (int n = words.size(); n >= 2; n--) {
      List<Integer> window = titleBefore ? words.subList(0, n) : words.subList(words.size() - n, words.size());
      String id = lookUp(tokens, window);
      if (id != null) {
        return Match.of(tokens.get(window.get(0)).start(), tokens.get(window.get(n - 1)).end(), id);
      }
    }
    return null;
  }

  /** A name nobody knows: the slug of its transliteration, flagged low confidence. */
  private static Match invented(AlignedText text, List<Token> tokens, List<Integer> words) {
    String ascii = Slugs.ascii(surface(text, tokens, words));
    int start = tokens.get(words.get(0)).start();
    int end = tokens.get(words.get(words.size() - 1)).end();
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
      if (!nameToken(text, tokens, covered, i)) {
        continue;
      }
      List<Integer> words = wordsAfter(text, tokens, covered, i);
      for (int n = Math.min(MAX_WORDS, words.size()); n >= 2; n--) {
        {
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
