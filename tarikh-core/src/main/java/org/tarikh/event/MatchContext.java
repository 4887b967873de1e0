package org.tarikh.event;

import java.util.List;

/**
 * The slots a pattern runs over, bounded by {@code limit} (the end of the clause), with the
 * language's lexicon for numbers, quotes and phrases.
 */
record MatchContext(List<Slot> slots, int limit, Lexicon lexicon, NumberReader numbers) {

  /** Steps over a proclitic written against the next slot ({@code ل} + entity). */
  int skipClitic(int t) {
    return t < limit && slots.get(t).is(Slot.Kind.CLITIC) ? t + 1 : t;
  }

  /** Steps over an article and a proclitic before an entity ("the UN", "لل" + name). */
  int skipDeterminer(int t) {
    int at = t < limit && slots.get(t).is(Slot.Kind.WORD) && lexicon.isArticle(slots.get(t).text()) ? t + 1 : t;
    return skipClitic(at);
  }

  /** Whether an entity slot's own text has a word that {@code w} matches. */
  boolean nameHas(Slot entity, Element.Word w) {
    return w.inText(entity.text(), lexicon);
  }

  boolean isQuote(int t) {
    return slots.get(t).is(Slot.Kind.PUNCT) && lexicon.isQuote(slots.get(t).text());
  }

  boolean isCoord(int t) {
    Slot s = slots.get(t);
    return (s.is(Slot.Kind.WORD) || s.is(Slot.Kind.CLITIC) || s.is(Slot.Kind.PUNCT))
        && lexicon.isCoord(s.text());
  }

  /** Whether slot {@code t} is a coordinating word ("and", "و"), not a comma or an article. */
  boolean closesList(int t) {
    Slot s = slots.get(t);
    return !s.is(Slot.Kind.PUNCT) && lexicon.isCoord(s.text()) && !lexicon.isArticle(s.text());
  }

  /** Continues a list after its first number: {@code , 853, 874 and 884}; returns its end. */
  int readList(int end, List<String> values) {
    int i = end;
    while (true) {
      int j = i;
      while (j < limit && isCoord(j)) {
        j++;
      }
      if (j == i) {
        return i;
      }
      NumberReader.Read r = numbers.read(slots, j, limit);
      if (r == null || r.ordinal()) {
        return i;
      }
      values.add(r.text());
      i = j + r.length();
    }
  }

  /** Matches the longest phrase of a class at {@code t}; the first word may carry a clitic. */
  int phrase(String phraseClass, int t, String name, List<Capture> out) {
    for (String[] p : lexicon.phrases(phraseClass)) {
      if (t + p.length > limit) {
        continue;
      }
      int offset = firstWordOffset(slots.get(t), p[0]);
      if (offset < 0 || !restMatches(p, t)) {
        continue;
      }
      if (name != null) {
        out.add(new Capture(name, t, t + p.length, slots.get(t).start() + offset,
            slots.get(t + p.length - 1).end(), null));
      }
      return p.length;
    }
    return -1;
  }

  private static int firstWordOffset(Slot s, String word) {
    String[] forms = s.forms();
    for (int i = 0; i < forms.length; i++) {
      if (forms[i].equals(word)) {
        return s.formOffsets()[i];
      }
    }
    return -1;
  }

  private boolean restMatches(String[] p, int t) {
    for (int k = 1; k < p.length; k++) {
      if (!slots.get(t + k).text().equals(p[k])) {
        return false;
      }
    }
    return true;
  }
}
