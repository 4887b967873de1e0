package org.tarikh.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.model.EntityKind;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * One successful match of a {@link NamePattern} at a token: where it ends, which tokens are the
 * name, the values its class words stand for and the state and organization it refers to.
 */
final class PatternRun {
  /** The document a pattern runs over, with the gazetteer's names by first token. */
  static final class Doc {
    private final AlignedText text;
    private final List<Token> tokens;
    private final boolean[] covered;
    private final NameScanner.Found[] foundAt;
    private final EntityKind[] kindAt;
    private final List<NameScanner.Found> found;
    private final PatternWords words;
    private final Clitics clitics;
    private String dominantState;
    private boolean counted;

    Doc(AlignedText text, List<Token> tokens, boolean[] covered, List<NameScanner.Found> found,
        PatternWords words, Clitics clitics) {
      this.text = text;
      this.tokens = tokens;
      this.covered = covered.clone();
      this.found = found;
      this.words = words;
      this.clitics = clitics;
      this.foundAt = new NameScanner.Found[tokens.size()];
      this.kindAt = new EntityKind[tokens.size()];
      for (NameScanner.Found f : found) {
        foundAt[f.firstToken()] = f;
        for (int k = f.firstToken(); k <= f.lastToken(); k++) {
          kindAt[k] = KbEntry.kindOf(f.match().id());
        }
      }
    }

    AlignedText text() {
      return text;
    }

    List<Token> tokens() {
      return tokens;
    }

    NameScanner.Found foundAt(int i) {
      return foundAt[i];
    }

    boolean coveredByName(int i) {
      return covered[i];
    }

    PatternWords words() {
      return words;
    }

    Clitics clitics() {
      return clitics;
    }

    /** The kind of the gazetteer name covering token {@code i}, or {@code null}. */
    EntityKind kindAt(int i) {
      return kindAt[i];
    }

    /** The state the document names most often (first named on a tie), or {@code null}. */
    String dominantState() {
      if (!counted) {
        Map<String, Integer> counts = new HashMap<>();
        int best = 0;
        for (NameScanner.Found f : found) {
          String id = f.match().id();
          if (KbEntry.kindOf(id) == EntityKind.STATE) {
            int n = counts.merge(id, 1, Integer::sum);
            if (n > best) {
              best = n;
              dominantState = id;
            }
          }
        }
        counted = true;
      }
      return dominantState;
    }
  }

  final Doc doc;
  final NamePattern pattern;
  final int start;
  final Clitics.Variant first;
  private final Map<Integer, PatternWords.Hit> values = new HashMap<>();
  private final java.util.BitSet fixed = new java.util.BitSet();
  private int end = -1;
  private int nameFirst = -1;
  private int nameLast = -1;
  private String stateId;
  private String orgId;
  private String id;
  private boolean idDone;
  private boolean known;

  private PatternRun(Doc doc, NamePattern pattern, int start, Clitics.Variant first) {
    this.doc = doc;
    this.pattern = pattern;
    this.start = start;
    this.first = first;
  }

  private PatternRun copy() {
    PatternRun c = new PatternRun(doc, pattern, start, first);
    c.values.putAll(values);
    c.fixed.or(fixed);
    c.nameFirst = nameFirst;
    c.nameLast = nameLast;
    c.stateId = stateId;
    c.orgId = orgId;
    return c;
  }

  /** The match of a pattern starting at token {@code i} read as {@code first}, or {@code null}. */
  static PatternRun attempt(Doc doc, NamePattern p, int i, Clitics.Variant first) {
    return new PatternRun(doc, p, i, first).from(0, i);
  }

  int end() {
    return end;
  }

  int nameFirst() {
    return nameFirst < 0 ? start : nameFirst;
  }

  int nameLast() {
    return nameLast < 0 ? end - 1 : nameLast;
  }

  String stateId() {
    return stateId;
  }

  String orgId() {
    return orgId;
  }

  /** Tokens matched by literals and class words (a gazetteer name among them is part of the pattern's). */
  java.util.BitSet fixedTokens() {
    return fixed;
  }

  /** Ends the name, and the run when the name ends it, at token {@code last}. */
  void cutAfter(int last) {
    if (end == nameLast() + 1) {
      end = last + 1;
    }
    nameLast = last;
  }

  /** Whether the id came from a known name rather than a template. */
  boolean known() {
    return known;
  }

  void setKnown() {
    known = true;
  }

  boolean idDone() {
    return idDone;
  }

  String id() {
    return id;
  }

  void setId(String id) {
    this.id = id;
    this.idDone = true;
  }

  /** The value a class word starting at token {@code k} stands for, or {@code null}. */
  PatternWords.Hit valueAt(int k) {
    return values.get(k);
  }

  /** Matches elements {@code e...} from token {@code k}; this run (or a copy) when they all match. */
  private PatternRun from(int e, int k) {
    List<NamePattern.Element> elements = pattern.elements();
    if (e == elements.size()) {
      end = k;
      return k > start ? this : null;
    }
    NamePattern.Element el = elements.get(e);
    if (el instanceof NamePattern.WordClass w && w.optional()) {
      PatternRun with = copy().step(w, e, k);
      return with != null ? with : from(e + 1, k);
    }
    return step(el, e, k);
  }

  private PatternRun step(NamePattern.Element el, int e, int k) {
    if (el instanceof NamePattern.Mark m) {
      if (m.open()) {
        nameFirst = k;
      } else {
        nameLast = k - 1;
      }
      return from(e + 1, k);
    }
    if (k >= doc.tokens.size()) {
      return null;
    }
    int next;
    if (el instanceof NamePattern.Literal l) {
      next = literal(l, k);
    } else if (el instanceof NamePattern.WordClass w) {
      next = wordClass(w, k);
    } else if (el instanceof NamePattern.Ref r) {
      next = ref(r, k);
    } else {
      next = ((NamePattern.Span) el).title() ? Spans.title(doc, k, pattern.kind()) : Spans.tail(doc, k);
    }
    return next < 0 ? null : from(e + 1, next);
  }

  private List<Clitics.Variant> forms(int k) {
    return k == start ? List.of(first) : doc.clitics.variants(doc.tokens.get(k).text());
  }

  private int literal(NamePattern.Literal l, int k) {
    for (Clitics.Variant v : forms(k)) {
      if (v.form().equals(l.word())) {
        fixed.set(k);
        return k + 1;
      }
    }
    return -1;
  }

  private int wordClass(NamePattern.WordClass w, int k) {
    for (Clitics.Variant v : forms(k)) {
      PatternWords.Hit hit = doc.words.longest(w.cls(), doc.text, doc.tokens, k, v.form(), v.skip());
      if (hit != null) {
        values.put(k, hit);
        fixed.set(k, hit.lastToken() + 1);
        return hit.lastToken() + 1;
      }
    }
    return -1;
  }

  private int ref(NamePattern.Ref r, int k) {
    NameScanner.Found f = doc.foundAt[k];
    if (f != null && KbEntry.kindOf(f.match().id()) == r.kind()) {
      setRef(r.kind(), f.match().id());
      return f.lastToken() + 1;
    }
    if (r.kind() == EntityKind.STATE) {
      for (Clitics.Variant v : forms(k)) {
        if (doc.words.contains("state-anaphor", v.form()) && doc.dominantState() != null) {
          stateId = doc.dominantState();
          return k + 1;
        }
      }
    }
    return -1;
  }

  private void setRef(EntityKind kind, String id) {
    if (kind == EntityKind.STATE) {
      stateId = id;
    } else {
      orgId = id;
    }
  }

}
