package org.tarikh.model;

import java.util.List;

/**
 * One document's extraction result (schema {@code tarikh/1}).
 *
 * @param text the text offsets refer to: {@code null} for plain-text input (the file itself),
 *     the extracted text for HTML, DOCX and PDF input
 */
public record DocumentResult(DocInfo doc, List<Timex> timexes, List<Entity> entities,
                             List<Event> events, List<Finding> findings, String text) {
  public static final String SCHEMA = "tarikh/1";

  public DocumentResult {
    timexes = List.copyOf(timexes);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    findings = List.copyOf(findings);
  }
}
