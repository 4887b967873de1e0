package org.tarikh.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tarikh.align.DateRange;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.reference.UnRecord;

/**
 * A Security Council resolution number that does not fit the year the text gives it: Council
 * resolutions are numbered consecutively, and {@code reference/sc-resolutions.tsv} gives each
 * year's numbers (approximate rows widened by its tolerance). Reads {@code RESOLUTION_ADOPTED}
 * events whose {@code body} is the Security Council and that carry {@code numbers}.
 */
public final class ResolutionYearCheck implements ReferenceCheck {
  private static final String SC = "org:unsc";
  private final UnRecord record;

  public ResolutionYearCheck(UnRecord record) {
    this.record = record;
  }

  @Override
  public List<Finding> check(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    for (Event e : doc.events()) {
      DateRange date = DateRange.parse(e.date());
      if (!e.type().equals("RESOLUTION_ADOPTED") || !e.args().getOrDefault("body", List.of()).contains(SC)
          || !date.known()) {
        continue;
      }
      for (String n : numbers(e)) {
        check(e, date, Integer.parseInt(n)).ifPresent(out::add);
      }
    }
    return out;
  }

  private java.util.Optional<Finding> check(Event e, DateRange date, int number) {
    List<Integer> years = record.resolutionYears(number);
    if (years.isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean fits = years.stream().anyMatch(y -> y >= date.first().getYear() && y <= date.last().getYear());
    if (fits) {
      return java.util.Optional.empty();
    }
    String year = record.resolutionYear(number).map(y -> String.valueOf(y.year())).orElse(null);
    return java.util.Optional.of(new Finding("sc-resolution-year", e.evidence().start(), e.evidence().end(),
        "Security Council resolution " + number + " was adopted in " + (year == null ? years.get(0) : year)
            + ", not " + e.date() + " (numbers are consecutive; see the UN's list of resolutions)",
        e.evidence().text(), year == null ? null : "resolution " + number + " (" + year + ")"));
  }

  private static List<String> numbers(Event e) {
    Object v = e.attrs().get("numbers");
    List<String> out = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      c.forEach(x -> out.add(String.valueOf(x)));
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out.stream().filter(s -> s.matches("\\d{1,5}")).toList();
  }
}
