package org.tarikh.event;

import java.util.List;
import java.util.Set;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/** Finds dated facts (placeholder until the pattern engine lands). */
public final class EventStage implements Stage {
  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TIMEXES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public void process(Analysis analysis) {
    analysis.put(Layers.EVENTS, List.of());
  }
}
