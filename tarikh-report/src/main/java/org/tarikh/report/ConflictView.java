package org.tarikh.report;

import java.util.List;
import org.tarikh.model.Conflict;
import org.tarikh.model.Span;

/**
 * A conflict with both facts it opposes and where, in each evidence, the disputed value is
 * written. A side is {@code null} when the alignment names a fact no given document has.
 *
 * @param number its number on the page, from 1
 * @param conflict as the alignment gives it
 * @param a the fact that says {@code aValue}
 * @param b the fact that says {@code bValue}
 * @param aMarks spans (code points of the document) in a's evidence that state the value
 * @param bMarks the same for b
 */
record ConflictView(int number, Conflict conflict, FactView a, FactView b,
                    List<Span> aMarks, List<Span> bMarks) {
  ConflictView {
    aMarks = List.copyOf(aMarks);
    bMarks = List.copyOf(bMarks);
  }

  String anchor() {
    return Anchors.conflict(number);
  }
}
