/**
 * Scoring as FACTS.md "Scoring" defines it: {@link org.tarikh.eval.Scorer} turns gold and
 * predicted {@code tarikh/1} results (and {@code tarikh/1-align} alignments) into a
 * {@link org.tarikh.eval.ScoreReport} of micro-averaged figures per language and overall. Pure
 * functions over the model records; reading files is the caller's job.
 */
package org.tarikh.eval;
