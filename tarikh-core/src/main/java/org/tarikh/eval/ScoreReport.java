package org.tarikh.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a run: one {@link SetScores} per language present in the gold (in code order)
 * and {@code all}, last. Figures print with four decimals, rounded half up.
 */
public record ScoreReport(Map<String, SetScores> sets) {
  public static final String ALL = "all";

  public ScoreReport {
    sets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sets));
  }

  public SetScores get(String set) {
    SetScores s = sets.get(set);
    if (s == null) {
      throw new IllegalArgumentException("no set '" + set + "' (sets: " + sets.keySet() + ")");
    }
    return s;
  }

  /** One line per figure: {@code <set> <metric> <value>}, e.g. {@code en timex_value_f1 0.9712}. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    sets.forEach((name, s) -> s.figures().forEach((metric, v) ->
        out.add(name + " " + metric + " " + rounded(v).toPlainString())));
    return out;
  }

  /** Set name to metric to value rounded to four decimals, for JSON output. */
  public Map<String, Map<String, BigDecimal>> asMap() {
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    sets.forEach((name, s) -> {
      Map<String, BigDecimal> figures = new LinkedHashMap<>();
      s.figures().forEach((metric, v) -> figures.put(metric, rounded(v)));
      out.put(name, figures);
    });
    return out;
  }

  static BigDecimal rounded(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
  }
}
