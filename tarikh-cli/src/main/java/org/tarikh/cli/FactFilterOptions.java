package org.tarikh.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tarikh.store.DateRange;
import picocli.CommandLine.Option;

/** The filters {@code search} and {@code query} share: entity, type, period and language. */
final class FactFilterOptions {
  @Option(names = "--entity", paramLabel = "ID", description = "Only facts with this entity (e.g. state:aze).")
  String entity;

  @Option(names = "--type", paramLabel = "T", description = "Only facts of this event type (e.g. ADMISSION).")
  String type;

  @Option(names = "--from", paramLabel = "D", description = "Only facts dated on or after D (1992, 1992-03, 1992-03-02).")
  String from;

  @Option(names = "--to", paramLabel = "D", description = "Only facts dated on or before D.")
  String to;

  @Option(names = "--lang", paramLabel = "L", description = "Only facts from documents in this language.")
  String lang;

  boolean any() {
    return entity != null || type != null || from != null || to != null || lang != null;
  }

  /** First day of {@code --from}, or {@code null}. */
  LocalDate fromDay() {
    return from == null ? null : bound(from, "--from").begin();
  }

  /** Last day of {@code --to}, or {@code null}. */
  LocalDate toDay() {
    return to == null ? null : bound(to, "--to").end();
  }

  private static DateRange bound(String value, String option) {
    try {
      return DateRange.parseBound(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }
}
