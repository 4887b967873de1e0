package org.tarikh.report;

import org.tarikh.model.Finding;

/** A reference-check finding with the document it was found in. */
record FindingView(Lane lane, Finding finding) {
  String anchor() {
    return Anchors.offset(lane.docId(), finding.start());
  }
}
