package org.tarikh.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event per fact (FACTS.md, Events): a fact mentioned again is merged into its first
 * mention when the type is the same, the dates agree (equal, or one refines or lies inside the
 * other) and no role or attribute disagrees. The merged fact keeps the mention with the most
 * precise date (a date the clause states beats an inherited one) and joins all roles and attrs.
 */
final class EventMerger {
  private EventMerger() {
  }

  static List<Candidate> merge(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : in) {
      Candidate same = out.stream().filter(o -> sameFact(o, c)).findFirst().orElse(null);
      if (same == null) {
        out.add(c);
      } else {
        out.set(out.indexOf(same), join(same, c));
      }
    }
    return out;
  }

  static boolean sameFact(Candidate a, Candidate b) {
    if (!a.type.equals(b.type) || !datesAgree(a.date, b.date)) {
      return false;
    }
    if (!a.date.equals(b.date) && a.explicit && b.explicit && a.clause.sentence() == b.clause.sentence()) {
      return false; // one sentence, two stated dates: two facts
    }
    if (a.explicit && b.explicit && !shareArg(a, b)
        && (a.date.equals(b.date) || !a.args.isEmpty() && !b.args.isEmpty())) {
      return false; // two stated dates: the same fact only if they share a party
    }
    for (Map.Entry<String, List<String>> e : a.args.entrySet()) {
      List<String> other = b.args.get(e.getKey());
      if (other != null && other.stream().noneMatch(e.getValue()::contains)) {
        return false;
      }
    }
    for (Map.Entry<String, Object> e : a.attrs.entrySet()) {
      Object other = b.attrs.get(e.getKey());
      if (other != null && !agree(e.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean shareArg(Candidate a, Candidate b) {
    return a.args.entrySet().stream().anyMatch(e ->
        b.args.getOrDefault(e.getKey(), List.of()).stream().anyMatch(e.getValue()::contains));
  }

  private static boolean agree(Object a, Object b) {
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      return la.stream().anyMatch(lb::contains);
    }
    return Objects.equals(a, b) || a instanceof Map || b instanceof Map;
  }

  static boolean datesAgree(String a, String b) {
    return a.equals(b) || DatePicker.refines(a, b) || DatePicker.refines(b, a)
        || inside(a, b) || inside(b, a);
  }

  /** Whether {@code date} falls in the interval {@code range} ({@code 2012-05} in {@code 2012/2013}). */
  private static boolean inside(String date, String range) {
    int slash = range.indexOf('/');
    if (slash < 0 || date.indexOf('/') >= 0) {
      return false;
    }
    String lo = range.substring(0, slash);
    String hi = range.substring(slash + 1);
    String d = date.length() >= 4 ? date.substring(0, Math.min(date.length(), lo.length())) : date;
    return d.compareTo(lo) >= 0 && date.substring(0, Math.min(date.length(), hi.length())).compareTo(hi) <= 0;
  }

  private static Candidate join(Candidate a, Candidate b) {
    Candidate keep = better(a, b) ? a : b;
    Candidate other = keep == a ? b : a;
    other.args.forEach((role, ids) -> ids.forEach(id -> {
      if (!keep.hasArg(id) || keep.args.getOrDefault(role, List.of()).contains(id)) {
        keep.addArg(role, id);
      }
    }));
    other.attrs.forEach(keep.attrs::putIfAbsent);
    return keep;
  }

  /** Whether {@code a} is the better mention: explicit date, then more precise, then first. */
  private static boolean better(Candidate a, Candidate b) {
    if (a.explicit != b.explicit) {
      return a.explicit;
    }
    return precision(a.date) >= precision(b.date);
  }

  private static int precision(String date) {
    int slash = date.indexOf('/');
    return slash >= 0 ? slash : date.length();
  }
}
