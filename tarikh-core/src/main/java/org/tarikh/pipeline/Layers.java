package org.tarikh.pipeline;

import java.util.List;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.model.Timex;

/** The layers of the standard pipeline. */
public final class Layers {
  private Layers() {
  }

  /** Temporal expressions in text order. */
  public static final Layer<List<Timex>> TIMEXES = new Layer<>("timexes", List.class);
  /** Entities with their mentions, in order of first mention. */
  public static final Layer<List<Entity>> ENTITIES = new Layer<>("entities", List.class);
  /** Dated facts in text order. */
  public static final Layer<List<Event>> EVENTS = new Layer<>("events", List.class);
  /** Reference-check findings. */
  public static final Layer<List<Finding>> FINDINGS = new Layer<>("findings", List.class);
}
