package org.tarikh.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;

/**
 * Scores the timexes of one document (FACTS.md "Scoring", Timex). Predicted and gold timexes are
 * paired one to one, greedily by largest overlap in code points; ties go to the pair whose
 * lengths differ least (so an identical span always wins), then to the earliest gold timex, then
 * to the earliest predicted one. Every pair is a <em>relaxed</em> match; a pair with identical
 * spans is a <em>strict</em> match; a pair whose {@code value} strings are equal counts for
 * value F1. Because identical spans win every tie, the strict count equals a separate one-to-one
 * matching on identical spans.
 */
public final class TimexScorer {
  private TimexScorer() {
  }

  /** Relaxed, strict and value counts of one document. */
  public record Result(Counts relaxed, Counts strict, Counts value) {
    public static final Result ZERO = new Result(Counts.ZERO, Counts.ZERO, Counts.ZERO);

    public Result plus(Result o) {
      return new Result(relaxed.plus(o.relaxed), strict.plus(o.strict), value.plus(o.value));
    }
  }

  /** A gold/predicted pair of timexes that overlap. */
  record Pair(Timex gold, int goldIndex, Timex pred, int predIndex) {
    int overlap() {
      return gold.span().overlap(pred.span());
    }

    int lengthDifference() {
      return Math.abs(gold.span().length() - pred.span().length());
    }
  }

  public static Result score(List<Timex> gold, List<Timex> pred) {
    List<Pair> pairs = pair(gold, pred);
    long strict = pairs.stream().filter(p -> p.gold().span().equals(p.pred().span())).count();
    long value = pairs.stream().filter(p -> Objects.equals(p.gold().value(), p.pred().value())).count();
    return new Result(Counts.of(pairs.size(), pred.size(), gold.size()),
        Counts.of(strict, pred.size(), gold.size()),
        Counts.of(value, pred.size(), gold.size()));
  }

  /** The one-to-one greedy pairing described in the class comment. */
  static List<Pair> pair(List<Timex> gold, List<Timex> pred) {
    List<Pair> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Span gs = gold.get(g).span();
      for (int p = 0; p < pred.size(); p++) {
        if (gs.overlaps(pred.get(p).span())) {
          candidates.add(new Pair(gold.get(g), g, pred.get(p), p));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Pair::overlap).reversed()
        .thenComparingInt(Pair::lengthDifference)
        .thenComparing(p -> p.gold().span())
        .thenComparing(p -> p.pred().span())
        .thenComparingInt(Pair::goldIndex)
        .thenComparingInt(Pair::predIndex));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair c : candidates) {
      if (!goldUsed[c.goldIndex()] && !predUsed[c.predIndex()]) {
        goldUsed[c.goldIndex()] = true;
        predUsed[c.predIndex()] = true;
        chosen.add(c);
      }
    }
    return chosen;
  }
}
