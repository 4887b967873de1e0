package org.tarikh.eval;

import java.util.List;
import java.util.Objects;
import org.tarikh.model.DocumentResult;

/**
 * A gold document and the prediction for it. The gold's {@code doc.id} and {@code doc.lang}
 * identify the document and the language set it is scored in.
 */
public record ScoredDocument(DocumentResult gold, DocumentResult pred) {
  public ScoredDocument {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(pred, "pred");
  }

  /** A gold document for which nothing was predicted. */
  public static ScoredDocument unpredicted(DocumentResult gold) {
    return new ScoredDocument(gold, new DocumentResult(gold.doc(), List.of(), List.of(), List.of(),
        List.of(), null));
  }

  public String id() {
    return gold.doc().id();
  }

  public String lang() {
    return gold.doc().lang();
  }
}
