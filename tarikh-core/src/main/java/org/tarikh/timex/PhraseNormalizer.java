package org.tarikh.timex;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tarikh.lang.LanguagePack;
import org.tarikh.model.Timex;
import org.tarikh.text.AlignedText;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Tokenizer;

/**
 * Normalizes one short phrase against a reference time, as peer suites (Duckling) ask: the
 * timex that covers most of the phrase, or {@code null} when none is found. Phrases follow the
 * peer conventions of {@link PhraseJoiner} where FACTS.md is silent (open intervals, a date for a
 * duration).
 */
public final class PhraseNormalizer {
  private final TimexRecognizer recognizer;

  public PhraseNormalizer(LanguagePack pack) {
    this.recognizer = new TimexRecognizer(TimexModel.of(pack));
  }

  /** The main timex of {@code phrase}, or {@code null}. */
  public Timex normalize(String phrase, LocalDateTime reference) {
    return normalize(phrase, reference, null);
  }

  /** The main timex of {@code phrase}; clock times with a written zone are given in the reference's zone. */
  public Timex normalize(String phrase, OffsetDateTime reference) {
    return normalize(phrase, reference.toLocalDateTime(), reference.getOffset());
  }

  private Timex normalize(String phrase, LocalDateTime reference, ZoneOffset zone) {
    AlignedText text = ScriptNormalizer.align(phrase);
    List<Timex> found = recognizer.recognize(text, Tokenizer.tokenize(text.normalized()), reference, zone, true);
    Timex best = null;
    for (Timex t : found) {
      if (best == null || t.end() - t.start() > best.end() - best.start()) {
        best = t;
      }
    }
    return best;
  }
}
