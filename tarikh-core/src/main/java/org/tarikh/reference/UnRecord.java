package org.tarikh.reference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tarikh.lang.TsvTable;

/**
 * The UN's public record as Tarikh's reference checks need it, read once from
 * {@code reference/un-members.tsv} (member states and admission dates),
 * {@code reference/ga-sessions.tsv} (when each General Assembly session opens) and
 * {@code reference/sc-resolutions.tsv} (Security Council resolution numbers per year). Each file
 * names its source in its header.
 */
public final class UnRecord {
  private static final class Holder {
    static final UnRecord INSTANCE = new UnRecord();
  }

  /** A member state (current or former). {@code left} is the first day it was no longer a member. */
  public record Member(String id, String name, LocalDate admitted, LocalDate left, boolean original) {
  }

  /** The resolution numbers of one year; {@code exact} when both ends were checked. */
  public record ResolutionYear(int year, int first, int last, boolean exact) {
  }

  private record SessionRule(int first, int last, int baseYear, int month) {
  }

  private final Map<String, Member> members = new HashMap<>();
  private final List<Member> allMembers = new ArrayList<>();
  private final List<ResolutionYear> resolutionYears = new ArrayList<>();
  private final List<SessionRule> sessions = new ArrayList<>();
  private final int tolerance;

  private UnRecord() {
    for (TsvTable.Row r : ReferenceData.table("un-members.tsv", "id", "name", "admitted", "left", "original").rows()) {
      Member m = new Member(r.require("id"), r.require("name"), date(r, "admitted"),
          r.get("left").isEmpty() ? null : date(r, "left"), r.require("original").equals("yes"));
      members.put(m.id(), m);
      allMembers.add(m);
    }
    TsvTable sc = ReferenceData.table("sc-resolutions.tsv", "year", "first", "last", "certainty");
    for (TsvTable.Row r : sc.rows()) {
      resolutionYears.add(new ResolutionYear(integer(r, "year"), integer(r, "first"), integer(r, "last"),
          r.require("certainty").equals("exact")));
    }
    tolerance = Integer.parseInt(sc.meta().getOrDefault("tolerance", "0"));
    for (TsvTable.Row r : ReferenceData.table("ga-sessions.tsv", "first", "last", "base_year", "opening_month").rows()) {
      sessions.add(new SessionRule(integer(r, "first"), integer(r, "last"), integer(r, "base_year"),
          integer(r, "opening_month")));
    }
  }

  /** The bundled record, loaded once. */
  public static UnRecord standard() {
    return Holder.INSTANCE;
  }

  /** A member state by id ({@code state:aze}). */
  public Optional<Member> member(String id) {
    return Optional.ofNullable(members.get(id));
  }

  /** Number of member states the day before {@code day} (those admitted earlier, still members). */
  public int membersBefore(LocalDate day) {
    return (int) allMembers.stream()
        .filter(m -> m.admitted().isBefore(day) && (m.left() == null || m.left().isAfter(day.minusDays(1))))
        .count();
  }

  /** Number of states ever admitted up to and including {@code day}. */
  public int admittedUpTo(LocalDate day) {
    return (int) allMembers.stream().filter(m -> !m.admitted().isAfter(day)).count();
  }

  /** The month a General Assembly regular session opens, if the record covers it. */
  public Optional<YearMonth> sessionOpens(int session) {
    return sessions.stream().filter(s -> s.first() <= session && session <= s.last()).findFirst()
        .map(s -> YearMonth.of(s.baseYear() + session, s.month()));
  }

  /** The years a Security Council resolution number may belong to, widened by the tolerance. */
  public List<Integer> resolutionYears(int number) {
    List<Integer> out = new ArrayList<>();
    for (ResolutionYear y : resolutionYears) {
      int slack = y.exact() ? 0 : tolerance;
      if (number >= y.first() - slack && number <= y.last() + slack) {
        out.add(y.year());
      }
    }
    return out;
  }

  /** The year a resolution number belongs to by the table itself (no tolerance). */
  public Optional<ResolutionYear> resolutionYear(int number) {
    return resolutionYears.stream().filter(y -> y.first() <= number && number <= y.last()).findFirst();
  }

  private static LocalDate date(TsvTable.Row r, String col) {
    try {
      return LocalDate.parse(r.require(col));
    } catch (DateTimeParseException e) {
      throw r.error("'" + col + "' is not a date like 1992-03-02: " + r.get(col));
    }
  }

  private static int integer(TsvTable.Row r, String col) {
    try {
      return Integer.parseInt(r.require(col));
    } catch (NumberFormatException e) {
      throw r.error("'" + col + "' is not a whole number: " + r.get(col));
    }
  }
}
