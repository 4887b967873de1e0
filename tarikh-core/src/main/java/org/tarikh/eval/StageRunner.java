package org.tarikh.eval;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.pipeline.Stage;

/**
 * Times one part of a pipeline on one document, running what it depends on outside the timed
 * region. Parts: {@code text} (building the text layer: normalized view, tokens, sentences), each
 * stage by its {@link Stage#name()} (the text layer and the earlier stages run untimed), and
 * {@code all} (the whole {@link Pipeline#run}, text layer included).
 */
final class StageRunner {
  static final String TEXT = "text";
  static final String ALL = "all";

  private final Pipeline pipeline;

  StageRunner(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(TEXT);
    pipeline.stages().forEach(s -> out.add(s.name()));
    out.add(ALL);
    return out;
  }

  void check(String part) {
    if (!names().contains(part)) {
      throw new IllegalArgumentException("no stage '" + part + "' (stages: " + String.join(", ", names()) + ")");
    }
  }

  /** Nanoseconds spent in {@code part} for document {@code d}. */
  long time(String part, Document d) {
    if (ALL.equals(part)) {
      long t0 = System.nanoTime();
      pipeline.run(d);
      return System.nanoTime() - t0;
    }
    long t0 = System.nanoTime();
    Analysis a = new Analysis(d, pipeline.packs().get(d.lang()));
    long textNanos = System.nanoTime() - t0;
    if (TEXT.equals(part)) {
      return textNanos;
    }
    for (Stage s : pipeline.stages()) {
      if (s.name().equals(part)) {
        long s0 = System.nanoTime();
        Pipeline.runStage(s, a);
        return System.nanoTime() - s0;
      }
      Pipeline.runStage(s, a);
    }
    throw new IllegalArgumentException("no stage '" + part + "'");
  }
}
