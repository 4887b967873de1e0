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
public final class ResolutionYearCheck extends EventCheck {
  private static final String SC = "org:unsc";
  private final UnRecord record;

  public ResolutionYearCheck(UnRecord record) {
    this.record = record;
  }

  @Override
  boolean concerns(Event e) {
    return e.type().equals("RESOLUTION_ADOPTED") && hasBody(e, SC) && DateRange.parse(e.date()).known();
  }

  @Override
  List<Finding> judge(Event e) {
    DateRange date = DateRange.parse(e.date());
    List<Finding> out = new ArrayList<>();
    for (String n : numbers(e)) {
      judge(e, date, Integer.parseInt(n)).ifPresent(out::add);
    }
    return out;
  }

  private java.util.Optional<Finding> judge(Event e, DateRange date, int number) {
    List<Integer> years = record.resolutionYears(number);
    if (years.isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean fits = years.stream().anyMatch(y -> y >= date.first().getYear() && y <= date.last().getYear());
    if (fits) {
      return java.util.Optional.empty();
    }
    String year = record.resolutionYear(number).map(y -> String.valueOf(y.year())).orElse(null);
    return java.util.Optional.of(finding(e, "sc-resolution-year",
        "Security Council resolution " + number + " was adopted in " + (year == null ? years.get(0) : year)
            + ", not " + e.date() + " (numbers are consecutive; see the UN's list of resolutions)",
        year == null ? null : "resolution " + number + " (" + year + ")"));
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
