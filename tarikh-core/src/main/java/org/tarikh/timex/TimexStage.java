package org.tarikh.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.model.Timex;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/** Finds and normalizes temporal expressions (placeholder until the rule engine lands). */
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
    List<Timex> out = new ArrayList<>();
    analysis.put(Layers.TIMEXES, out);
  }
}
