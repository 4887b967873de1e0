package org.tarikh.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarikh.align.DateRange;
import org.tarikh.model.Event;
import org.tarikh.model.Finding;
import org.tarikh.reference.UnRecord;

/**
 * A UN admission that differs from the UN's record ({@code reference/un-members.tsv}): a date
 * that does not include the recorded day (an original member agrees with any 1945 date), or a
 * member ordinal ("the 181st member") outside the places the states admitted that day can hold.
 * Ordinals are ambiguous for states admitted on one day and for seats that merged, so the range
 * runs from (members the day before + 1) to (states ever admitted up to that day). Reads
 * {@code ADMISSION} events whose {@code body} is the UN.
 */
public final class UnAdmissionCheck extends EventCheck {
  private static final String UN = "org:un";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private final UnRecord record;

  public UnAdmissionCheck(UnRecord record) {
    this.record = record;
  }

  @Override
  boolean concerns(Event e) {
    return e.type().equals("ADMISSION") && hasBody(e, UN);
  }

  @Override
  List<Finding> judge(Event e) {
    List<Finding> out = new ArrayList<>();
    for (String state : e.args().getOrDefault("state", List.of())) {
      record.member(state).ifPresent(m -> {
        date(e, m).ifPresent(out::add);
        ordinal(e, m).ifPresent(out::add);
      });
    }
    return out;
  }

  private Optional<Finding> date(Event e, UnRecord.Member m) {
    DateRange said = DateRange.parse(e.date());
    if (!said.known()) {
      return Optional.empty();
    }
    boolean agrees = m.original()
        ? said.relate(DateRange.parse("1945")) != DateRange.Relation.DISJOINT
        : said.includes(m.admitted());
    if (agrees) {
      return Optional.empty();
    }
    return Optional.of(finding(e, "un-admission-date", m.name() + " was admitted to the United Nations on "
        + DAY.format(m.admitted()) + " (UN record), not " + e.date(), m.admitted().toString()));
  }

  private Optional<Finding> ordinal(Event e, UnRecord.Member m) {
    if (!(e.attrs().get("ordinal") instanceof String s) || !s.matches("\\d{1,3}") || m.original()) {
      return Optional.empty();
    }
    int ordinal = Integer.parseInt(s);
    LocalDate day = m.admitted();
    int low = record.membersBefore(day) + 1;
    int high = record.admittedUpTo(day);
    if (ordinal >= low && ordinal <= high) {
      return Optional.empty();
    }
    int seats = record.membersBefore(day.plusDays(1));
    String range = low == seats ? "the " + nth(low) : "between the " + nth(low) + " and the " + nth(seats);
    return Optional.of(finding(e, "un-member-ordinal", m.name() + " was admitted on " + DAY.format(day)
        + ", when the UN had " + (low - 1) + " members and " + seats + " after that day's admissions, so it"
        + " was " + range + " member, not the " + nth(ordinal), low == seats ? String.valueOf(low) : low + "-" + seats));
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 181st. */
  static String nth(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
