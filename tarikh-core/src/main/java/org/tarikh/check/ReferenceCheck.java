package org.tarikh.check;

import java.util.List;
import org.tarikh.model.Finding;

/** One reference check over a document: returns what it finds wrong, never throws on odd input. */
public interface ReferenceCheck {
  List<Finding> check(CheckInput document);
}
