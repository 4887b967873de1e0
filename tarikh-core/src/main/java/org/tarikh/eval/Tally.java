package org.tarikh.eval;

/** How many of a number of checked items were correct; accuracy 0 when none were checked. */
public record Tally(long correct, long total) {
  public static final Tally ZERO = new Tally(0, 0);

  public Tally {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad tally " + correct + "/" + total);
    }
  }

  public Tally plus(Tally o) {
    return new Tally(correct + o.correct, total + o.total);
  }

  public double accuracy() {
    return Counts.ratio(correct, total);
  }
}
