package org.tarikh.timex;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.TsvTable;

/**
 * The holiday definitions of {@code org/tarikh/timex/holidays.tsv}, shared by all languages
 * (language packs only name them): read once, then asked for the occurrence of a holiday in a
 * Gregorian year, or the nearest one before or after a day.
 */
final class Holidays {
  private static final String FILE = "/org/tarikh/timex/holidays.tsv";

  private final Map<String, Holiday> byId = new HashMap<>();

  private Holidays(TsvTable table) {
    for (TsvTable.Row row : table.rows()) {
      Holiday h = Holiday.of(row);
      if (byId.put(h.id(), h) != null) {
        throw row.error("duplicate holiday id '" + h.id() + "'");
      }
    }
  }

  private static final class Holder {
    static final Holidays STANDARD = load();
  }

  static Holidays standard() {
    return Holder.STANDARD;
  }

  private static Holidays load() {
    return new Holidays(TsvTable.resource(FILE,
        Set.of("id", "calendar", "month", "day", "weekday", "nth", "offset", "length", "observed")));
  }

  boolean knows(String id) {
    return byId.containsKey(id);
  }

  /** The occurrence of {@code id} that starts in Gregorian {@code year}, or {@code null}. */
  Holiday.Occurrence in(String id, int year) {
    Holiday h = byId.get(id);
    return h == null ? null : HolidayDates.in(h, year);
  }

  /** The first occurrence starting on or after {@code ref} ({@code after}) or before it. */
  Holiday.Occurrence nearest(String id, LocalDate ref, boolean after) {
    int step = after ? 1 : -1;
    for (int y = ref.getYear() - step; Math.abs(y - ref.getYear()) <= 2; y += step) {
      Holiday.Occurrence o = in(id, y);
      if (o != null && (after ? !o.first().isBefore(ref) : o.first().isBefore(ref))) {
        return o;
      }
    }
    return null;
  }
}
