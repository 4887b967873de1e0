package org.tarikh.timex;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Finds and normalizes the temporal expressions of one text with a {@link TimexModel}: items,
 * rule matches, values built in text order, then neighbours naming one time joined
 * ({@link Composer}); values are built in text order so that each relative or anaphoric value is
 * resolved against the DCT or the latest dated timex before it. Stateless and thread-safe.
 */
public final class TimexRecognizer {
  /** Rule constant {@code standalone=no}: the match counts only when {@link Composer} joins it. */
  static final String STANDALONE = "standalone";
  private final TimexModel model;

  public TimexRecognizer(TimexModel model) {
    this.model = model;
  }

  /**
   * The timexes of a text, in text order, with code-point offsets of the original.
   *
   * @param dct the document creation time, or {@code null}
   */
  public List<Timex> recognize(AlignedText text, List<Token> tokens, LocalDateTime dct) {
    List<Item> items = model.annotator().annotate(text, tokens);
    Context probe = new Context(dct);
    List<Match> matches = model.matcher().match(items, m -> build(m, probe) != null);
    Context context = new Context(dct);
    List<Composer.Found> found = new ArrayList<>(matches.size());
    for (Match m : matches) {
      Resolved r = build(m, context);
      if (r == null) {
        continue;
      }
      found.add(new Composer.Found(m.spanFrom(), m.spanTo(), r, m.rule().build(), m.rule().name(),
          !"no".equals(m.rule().constants().get(STANDALONE))));
      context.saw(r.value(), text.toOriginal(items.get(m.spanFrom()).start(),
          items.get(m.spanFrom()).end()).start());
    }
    List<Timex> out = new ArrayList<>(found.size());
    for (Composer.Found f : Composer.compose(found, items)) {
      Resolved r = f.resolved();
      Span span = originalSpan(text, items.get(f.from()).start(), items.get(f.to() - 1).end());
      out.add(new Timex(text.originalText(span), span.start(), span.end(), r.value().type(),
          r.value().timex3(), r.anchor(), r.calendar(), f.rule()));
    }
    return out;
  }

  /**
   * The original span of a normalized range, extended over the marks the normalizer deleted
   * right after it (tatweel, harakat, tanween: "هـ", "حالياً").
   */
  private static Span originalSpan(AlignedText text, int start, int end) {
    Span span = text.toOriginal(start, end);
    String orig = text.original();
    int e = text.codePoints().toChar(span.end());
    int e2 = e;
    while (e2 < orig.length() && isDeletedMark(orig.charAt(e2))) {
      e2++;
    }
    return e2 == e ? span : new Span(span.start(), text.codePoints().toCodePoint(e2));
  }

  private static boolean isDeletedMark(char c) {
    return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static Resolved build(Match m, Context context) {
    return m.rule().build().build(new Slots(m.slots(), m.rule().constants()), context);
  }
}
