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
 * rule matches, then values built in text order so that each relative or anaphoric value is
 * resolved against the DCT or the latest dated timex before it. Stateless and thread-safe.
 */
public final class TimexRecognizer {
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
    List<Timex> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      Resolved r = build(m, context);
      if (r == null) {
        continue;
      }
      Span span = text.toOriginal(items.get(m.spanFrom()).start(), items.get(m.spanTo() - 1).end());
      out.add(new Timex(text.originalText(span), span.start(), span.end(), r.value().type(),
          r.value().timex3(), r.anchor(), r.calendar(), m.rule().name()));
      context.saw(r.value(), span.start());
    }
    return out;
  }

  private static Resolved build(Match m, Context context) {
    return m.rule().build().build(new Slots(m.slots(), m.rule().constants()), context);
  }
}
