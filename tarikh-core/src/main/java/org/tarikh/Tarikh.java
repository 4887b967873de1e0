package org.tarikh;

import org.tarikh.check.FindingsStage;
import org.tarikh.entity.EntityStage;
import org.tarikh.event.EventStage;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.timex.TimexStage;

/** Entry point for the common case: the standard pipeline over the discovered language packs. */
public final class Tarikh {
  private Tarikh() {
  }

  /** Timexes, entities, events, then reference-check findings: the standard extraction pipeline. */
  public static Pipeline standardPipeline(LanguagePacks packs) {
    return Pipeline.builder()
        .packs(packs)
        .add(new TimexStage())
        .add(new EntityStage())
        .add(new EventStage())
        .add(new FindingsStage())
        .build();
  }

  public static Pipeline standardPipeline() {
    return standardPipeline(LanguagePacks.standard());
  }

  /** Extracts one document with the standard pipeline. */
  public static DocumentResult extract(Document document) {
    return standardPipeline().run(document);
  }

  /** Version of this build, from the jar manifest, or {@code dev}. */
  public static String version() {
    String v = Tarikh.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
