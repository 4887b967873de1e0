package org.tarikh.event;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.model.TimexType;

/**
 * The dates a clause gives its fact. A clause's own DATE timexes with a calendar value count
 * (durations, sets, {@code PRESENT_REF} and unanchored {@code XXXX} values never date a fact); a
 * coarser value that a finer one refines is dropped ("In 1992, ... on March 2" gives
 * {@code 1992-03-02}). Several remaining dates are one fact each only when they are coordinated
 * ("In May 2012 and October 2013"); otherwise the one nearest the trigger dates it.
 */
final class DatePicker {
  /** A date and the slot of the timex that gave it. */
  record Dated(String value, int slot) {
  }

  private final Lexicon lexicon;

  DatePicker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The clause's own dates, refined and in text order. */
  List<Dated> own(List<Slot> slots, Clause c) {
    List<Dated> all = new ArrayList<>();
    for (int i = c.from(); i < c.to(); i++) {
      Slot s = slots.get(i);
      if (s.is(Slot.Kind.TIMEX) && isCalendarDate(s)) {
        all.add(new Dated(s.timex().value(), i));
      }
    }
    List<Dated> out = new ArrayList<>(all.size());
    for (Dated d : all) {
      if (all.stream().noneMatch(o -> refines(o.value(), d.value()))
          && out.stream().noneMatch(o -> o.value().equals(d.value()))) {
        out.add(d);
      }
    }
    return out;
  }

  /** The dates of a fact triggered at {@code trigger}: all when coordinated, else the nearest. */
  List<Dated> forTrigger(List<Slot> slots, List<Dated> own, int trigger) {
    if (own.size() <= 1 || coordinated(slots, own)) {
      return own;
    }
    Dated best = own.get(0);
    for (Dated d : own) {
      if (Math.abs(d.slot() - trigger) < Math.abs(best.slot() - trigger)) {
        best = d;
      }
    }
    return List.of(best);
  }

  /** Whether the clause has a timex that is no calendar date ("currently", "in September"). */
  boolean deictic(List<Slot> slots, Clause c) {
    for (int i = c.from(); i < c.to(); i++) {
      Slot s = slots.get(i);
      if (s.is(Slot.Kind.TIMEX) && s.timex().type() == TimexType.DATE && !isCalendarDate(s)) {
        return true;
      }
    }
    return false;
  }

  static boolean isCalendarDate(Slot s) {
    TimexType t = s.timex().type();
    String v = s.timex().value();
    return (t == TimexType.DATE || t == TimexType.TIME) && v != null && v.length() >= 4
        && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(1));
  }

  /** Whether {@code fine} states {@code coarse} more precisely ({@code 1992-03-02} refines {@code 1992}). */
  static boolean refines(String fine, String coarse) {
    return fine.length() > coarse.length() && fine.startsWith(coarse)
        && (fine.charAt(coarse.length()) == '-' || fine.charAt(coarse.length()) == 'T');
  }

  private boolean coordinated(List<Slot> slots, List<Dated> own) {
    for (int k = 1; k < own.size(); k++) {
      for (int i = own.get(k - 1).slot() + 1; i < own.get(k).slot(); i++) {
        Slot s = slots.get(i);
        boolean joiner = s.is(Slot.Kind.PUNCT) || s.is(Slot.Kind.NUMBER) || s.is(Slot.Kind.CLITIC)
            || lexicon.isCoord(s.text()) || lexicon.isOrdinalSuffix(s.text());
        if (!joiner) {
          return false;
        }
      }
    }
    return true;
  }
}
