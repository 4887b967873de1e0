package org.tarikh.timex;

import java.time.LocalDateTime;
import java.util.Set;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/**
 * Finds and normalizes temporal expressions (DATE, TIME, DURATION, SET) with the rules and
 * lexicon of the document's language pack ({@code lang/<iso>/timex/}), resolving relative ones
 * against the document's DCT (start of its day) or the text. Writes {@link Layers#TIMEXES}.
 */
public final class TimexStage implements Stage {
  @Override
  public String name() {
    return "timex";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TIMEXES);
  }

  @Override
  public void process(Analysis analysis) {
    TimexRecognizer recognizer = new TimexRecognizer(TimexModel.of(analysis.pack()));
    LocalDateTime dct = analysis.document().dct() == null ? null
        : analysis.document().dct().atStartOfDay();
    analysis.put(Layers.TIMEXES, recognizer.recognize(analysis.text(), analysis.tokens(), dct));
  }
}
