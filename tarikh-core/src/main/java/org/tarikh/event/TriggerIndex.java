package org.tarikh.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fact rules can apply to a clause, found by looking each slot's forms up once instead of
 * trying every rule's trigger on every slot: exact trigger words in a hash map, prefixes
 * ({@code adopt*}) bucketed by their first two characters.
 */
final class TriggerIndex {
  private record Prefix(String prefix, int rule) {
  }

  private final Map<String, BitSet> exact = new HashMap<>();
  private final Map<String, List<Prefix>> prefixes = new HashMap<>();
  private final List<Prefix> shortPrefixes = new ArrayList<>();

  TriggerIndex(List<EventRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      Element.Word w = rules.get(i).pattern().trigger();
      for (String e : w.exact()) {
        exact.computeIfAbsent(e, k -> new BitSet()).set(i);
      }
      for (String p : w.prefixes()) {
        if (p.length() < 2) {
          shortPrefixes.add(new Prefix(p, i));
        } else {
          prefixes.computeIfAbsent(p.substring(0, 2), k -> new ArrayList<>()).add(new Prefix(p, i));
        }
      }
    }
  }

  /** The rules whose trigger word occurs among slots {@code [from, to)}. */
  BitSet rulesIn(List<Slot> slots, int from, int to) {
    BitSet out = new BitSet();
    for (int i = from; i < to; i++) {
      Slot s = slots.get(i);
      if (s.is(Slot.Kind.ENTITY) || s.is(Slot.Kind.TIMEX) || s.is(Slot.Kind.NUMBER)) {
        continue;
      }
      for (String f : s.forms()) {
        add(out, f);
      }
    }
    return out;
  }

  private void add(BitSet out, String form) {
    BitSet e = exact.get(form);
    if (e != null) {
      out.or(e);
    }
    if (form.length() >= 2) {
      List<Prefix> bucket = prefixes.get(form.substring(0, 2));
      if (bucket != null) {
        for (Prefix p : bucket) {
          if (form.startsWith(p.prefix())) {
            out.set(p.rule());
          }
        }
      }
    }
    for (Prefix p : shortPrefixes) {
      if (form.startsWith(p.prefix())) {
        out.set(p.rule());
      }
    }
  }
}
