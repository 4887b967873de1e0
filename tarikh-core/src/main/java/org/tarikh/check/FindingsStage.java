package org.tarikh.check;

import java.util.List;
import java.util.Set;
import org.tarikh.model.Span;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/**
 * Runs the {@link ReferenceChecks} on a document: reads {@link Layers#ENTITIES} and
 * {@link Layers#EVENTS} and the sentences, writes {@link Layers#FINDINGS}.
 */
public final class FindingsStage implements Stage {
  private final ReferenceChecks checks;

  public FindingsStage() {
    this(ReferenceChecks.standard());
  }

  public FindingsStage(ReferenceChecks checks) {
    this.checks = checks;
  }

  @Override
  public String name() {
    return "findings";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.ENTITIES, Layers.EVENTS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.FINDINGS);
  }

  @Override
  public void process(Analysis a) {
    List<Span> sentences = a.sentences().stream().map(a::span).toList();
    CheckInput in = new CheckInput(a.document().text(), a.get(Layers.ENTITIES), a.get(Layers.EVENTS), sentences);
    a.put(Layers.FINDINGS, checks.run(in));
  }
}
