package org.tarikh.event;

import java.util.List;
import java.util.Set;
import org.tarikh.model.EntityKind;
import org.tarikh.model.TimexType;

/**
 * One element of a compiled {@link Pattern}. Each consumes slots at a position and says how many
 * it took ({@code -1}: no match), adding what it captures. See {@link PatternParser} for the
 * written syntax.
 */
sealed interface Element {
  /** Slots consumed at {@code t}, or -1; captures go to {@code out}. */
  int consume(MatchContext ctx, int t, List<Capture> out);

  /** A word: exact forms and prefixes ({@code adopt*}); may sit behind a proclitic. */
  record Word(Set<String> exact, List<String> prefixes) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      if (t >= ctx.limit()) {
        return -1;
      }
      Slot s = ctx.slots().get(t);
      return (s.is(Slot.Kind.WORD) || s.is(Slot.Kind.CLITIC) || s.is(Slot.Kind.PUNCT))
          && matches(s) ? 1 : -1;
    }

    /** Whether a word of {@code text} (or the word behind its proclitic) matches. */
    boolean inText(String text, Lexicon lexicon) {
      for (org.tarikh.text.Token tk : org.tarikh.text.Tokenizer.tokenize(text)) {
        List<String> forms = new java.util.ArrayList<>(3);
        lexicon.forms(tk.text(), forms, new java.util.ArrayList<>(3));
        for (String f : forms) {
          if (matchesForm(f)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean matches(Slot s) {
      for (String f : s.forms()) {
        if (matchesForm(f)) {
          return true;
        }
      }
      return false;
    }

    private boolean matchesForm(String f) {
      if (exact.contains(f)) {
        return true;
      }
      for (String p : prefixes) {
        if (f.startsWith(p)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * An entity mention (or an anaphoric word resolved to an entity) of one of {@code kinds} (all
   * kinds when empty), captured as {@code name};
   * when {@code words} is set, its name must ({@code negate}: must not) contain one of them.
   */
  record EntitySlot(Set<EntityKind> kinds, Word words, boolean negate, String name) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      int at = ctx.skipDeterminer(t);
      if (at >= ctx.limit()) {
        return -1;
      }
      Slot s = ctx.slots().get(at);
      if (s.entity() == null || !kinds.isEmpty() && !kinds.contains(s.entity().kind())
          || words != null && ctx.nameHas(s, words) == negate) {
        return -1;
      }
      if (name != null) {
        out.add(new Capture(name, at, at + 1, s.start(), s.end(), s.entity()));
      }
      return at + 1 - t;
    }
  }

  /** A timex of one of {@code types}; captures its value. */
  record TimexSlot(Set<TimexType> types, String name) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      int at = ctx.skipClitic(t);
      if (at >= ctx.limit()) {
        return -1;
      }
      Slot s = ctx.slots().get(at);
      if (!s.is(Slot.Kind.TIMEX) || !types.contains(s.timex().type())) {
        return -1;
      }
      if (name != null) {
        out.add(new Capture(name, at, at + 1, s.start(), s.end(), s.timex().value()));
      }
      return at + 1 - t;
    }
  }

  /** A number; {@code ordinalOnly} wants {@code 49th}; {@code list} reads {@code 822, 853 and 884}. */
  record NumberSlot(boolean ordinalOnly, boolean list, String name) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      int at = ctx.skipClitic(t);
      NumberReader.Read r = ctx.numbers().read(ctx.slots(), at, ctx.limit());
      if (r == null || ordinalOnly && !r.ordinal()) {
        return -1;
      }
      int end = at + r.length();
      Object value = list ? r.text() : Long.toString(r.value());
      if (list) {
        List<String> values = new java.util.ArrayList<>(List.of((String) value));
        end = ctx.readList(end, values);
        value = List.copyOf(values);
      }
      if (name != null) {
        out.add(new Capture(name, at, end, ctx.slots().get(at).start(),
            ctx.slots().get(end - 1).end(), value));
      }
      return end - t;
    }
  }

  /** Text between quotes, copied verbatim. */
  record Quoted(String name) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      if (t >= ctx.limit() || !ctx.isQuote(t)) {
        return -1;
      }
      for (int i = t + 1; i < ctx.limit() && i <= t + 12; i++) {
        if (ctx.isQuote(i)) {
          if (i == t + 1) {
            return -1;
          }
          if (name != null) {
            out.add(new Capture(name, t + 1, i, ctx.slots().get(t + 1).start(),
                ctx.slots().get(i - 1).end(), null));
          }
          return i + 1 - t;
        }
      }
      return -1;
    }
  }

  /** The longest phrase of a lexicon class ({@code $role}), copied verbatim without its clitic. */
  record Phrase(String phraseClass, String name) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      return ctx.phrase(phraseClass, t, name, out);
    }
  }

  /** Up to {@code max} slots of anything (lazy). */
  record Gap(int max) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      throw new UnsupportedOperationException("gaps are expanded by the matcher");
    }
  }

  /** The element or nothing. */
  record Optional(Element inner) implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      return inner.consume(ctx, t, out);
    }
  }

  /** Consumes nothing; marks where a clause splitter cuts. */
  record Cut() implements Element {
    @Override
    public int consume(MatchContext ctx, int t, List<Capture> out) {
      out.add(new Capture(Pattern.CUT, t, t, 0, 0, null));
      return 0;
    }
  }
}
