package org.tarikh.eval;

/**
 * True positives, false positives and false negatives of one metric, summed over documents
 * (micro-averaging). A ratio whose denominator is zero is 0: with no gold and no prediction
 * every figure is 0, so an empty set never looks perfect.
 */
public record Counts(long tp, long fp, long fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
    }
  }

  /** Counts from the number of matches and the sizes of the predicted and gold sides. */
  public static Counts of(long matched, long predicted, long gold) {
    return new Counts(matched, predicted - matched, gold - matched);
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** tp / (tp + fp), or 0 when nothing was predicted. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn), or 0 when there is no gold. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** Harmonic mean of precision and recall, 2tp / (2tp + fp + fn); 0 when both sides are empty. */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  static double ratio(long num, long den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
