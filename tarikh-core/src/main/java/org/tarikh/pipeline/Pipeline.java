package org.tarikh.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.model.Timex;

/**
 * An ordered list of stages, checked when built: every layer a stage requires must be provided
 * by an earlier one. Deterministic for the same document and DCT, and thread-safe.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final LanguagePacks packs;

  private Pipeline(List<Stage> stages, LanguagePacks packs) {
    this.stages = List.copyOf(stages);
    this.packs = packs;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public LanguagePacks packs() {
    return packs;
  }

  /** Runs every stage on a document and returns its {@code tarikh/1} result. */
  public DocumentResult run(Document document) {
    Analysis a = analyze(document);
    return toResult(a);
  }

  /** Runs every stage and returns the working state (for benchmarks and the report). */
  public Analysis analyze(Document document) {
    LanguagePack pack = packs.get(document.lang());
    Analysis a = new Analysis(document, pack);
    for (Stage s : stages) {
      runStage(s, a);
    }
    return a;
  }

  /**
   * Runs one stage on an analysis whose required layers earlier stages have provided, and checks
   * that it provided its layers. {@link #analyze} is this in order; benchmarks use it to time
   * one stage alone.
   */
  public static void runStage(Stage s, Analysis a) {
    a.allowWriting(s.provides());
    try {
      s.process(a);
    } finally {
      a.allowWriting(Set.of());
    }
    for (Layer<?> l : s.provides()) {
      if (a.getOrDefault(l, null) == null) {
        throw new IllegalStateException("stage '" + s.name() + "' did not provide '" + l + "'");
      }
    }
  }

  public static DocumentResult toResult(Analysis a) {
    Document d = a.document();
    DocInfo info = new DocInfo(d.id(), d.lang(), d.source(), d.format(),
        d.dct() == null ? null : d.dct().toString());
    List<Timex> timexes = a.getOrDefault(Layers.TIMEXES, List.of());
    List<Entity> entities = a.getOrDefault(Layers.ENTITIES, List.of());
    List<Event> events = a.getOrDefault(Layers.EVENTS, List.of());
    List<Finding> findings = a.getOrDefault(Layers.FINDINGS, List.of());
    String text = "text".equals(d.format()) ? null : d.text();
    return new DocumentResult(info, timexes, entities, events, findings, text);
  }

  /** Collects stages and checks their order. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private LanguagePacks packs;

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    public Builder packs(LanguagePacks p) {
      this.packs = p;
      return this;
    }

    public Pipeline build() {
      Set<Layer<?>> available = new HashSet<>();
      for (Stage s : stages) {
        for (Layer<?> need : s.requires()) {
          if (!available.contains(need)) {
            throw new IllegalStateException("stage '" + s.name() + "' requires layer '" + need
                + "', which no earlier stage provides (stages: " + names() + ")");
          }
        }
        available.addAll(s.provides());
      }
      return new Pipeline(stages, packs == null ? LanguagePacks.standard() : packs);
    }

    private List<String> names() {
      return stages.stream().map(Stage::name).toList();
    }
  }
}
