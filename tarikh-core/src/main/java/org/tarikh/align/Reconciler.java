package org.tarikh.align;

import java.util.List;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;

/**
 * Links the events of several documents that state the same fact and flags the linked pairs
 * that disagree (placeholder until the aligner lands: it links nothing).
 */
public final class Reconciler {
  /** The reconciler with the documented default settings. */
  public static Reconciler standard() {
    return new Reconciler();
  }

  /** Aligns the events of two or more documents (any languages). */
  public Alignment reconcile(List<DocumentResult> documents) {
    return new Alignment(documents.stream().map(d -> d.doc().id()).toList(), List.of(), List.of());
  }
}
