package org.tarikh.check;

import java.util.List;
import java.util.Set;
import org.tarikh.entity.MentionSearch;
import org.tarikh.model.Entity;
import org.tarikh.model.Span;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;

/**
 * Runs the {@link ReferenceChecks} on a document: reads {@link Layers#ENTITIES} and
 * {@link Layers#EVENTS} and the sentences, writes {@link Layers#FINDINGS}. Entities without
 * mentions (from a custom entity stage) get them by {@link MentionSearch}.
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
    String text = a.document().text();
    List<Entity> entities = MentionSearch.of(a.pack()).complete(text, a.get(Layers.ENTITIES));
    CheckInput in = new CheckInput(text, entities, a.get(Layers.EVENTS), sentences);
    a.put(Layers.FINDINGS, checks.run(in));
  }
}
