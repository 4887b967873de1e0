package org.tarikh.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.model.Alignment;

/**
 * What a chronicle is made of: the documents (each a lane, in this order) and, optionally, the
 * alignment that links their facts ({@code null} when there is none).
 */
public record ChronicleInput(List<SourcedResult> documents, Alignment alignment) {
  public ChronicleInput {
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new ReportException("a chronicle needs at least one document");
    }
    Set<String> ids = new HashSet<>();
    for (SourcedResult d : documents) {
      if (!ids.add(d.docId())) {
        throw new ReportException("document '" + d.docId() + "' is given twice");
      }
    }
  }
}
