package org.tarikh.entity;

import java.util.List;
import java.util.Set;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/** Finds entities (placeholder until the gazetteer matcher lands). */
public final class EntityStage implements Stage {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public void process(Analysis analysis) {
    analysis.put(Layers.ENTITIES, List.of());
  }
}
