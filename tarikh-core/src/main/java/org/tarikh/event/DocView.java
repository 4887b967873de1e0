package org.tarikh.event;

import java.util.List;
import org.tarikh.model.Span;
import org.tarikh.pipeline.Analysis;
import org.tarikh.text.Sentence;
import org.tarikh.text.Sorted;

/**
 * A document as the event stage sees it: its slots, each sentence as a slot range, and the
 * paragraph of each sentence (a line break between two sentences starts a new paragraph).
 */
final class DocView {
  final Analysis analysis;
  final List<Slot> slots;
  final int[] sentFrom;
  final int[] sentTo;
  final int[] paragraph;

  private DocView(Analysis analysis, List<Slot> slots, int[] sentFrom, int[] sentTo, int[] paragraph) {
    this.analysis = analysis;
    this.slots = slots;
    this.sentFrom = sentFrom;
    this.sentTo = sentTo;
    this.paragraph = paragraph;
  }

  static DocView of(Analysis a, List<Slot> slots) {
    List<Sentence> sents = a.sentences();
    int n = sents.size();
    int[] from = new int[n];
    int[] to = new int[n];
    int[] para = new int[n];
    String original = a.document().text();
    int p = 0;
    for (int i = 0; i < n; i++) {
      Sentence s = sents.get(i);
      from[i] = firstSlotAtOrAfter(slots, a.text().fromOriginalChar(s.start()));
      to[i] = firstSlotAtOrAfter(slots, a.text().fromOriginalChar(s.end()));
      if (i > 0 && original.substring(sents.get(i - 1).end(), s.start()).indexOf('\n') >= 0) {
        p++;
      }
      para[i] = p;
    }
    return new DocView(a, slots, from, to, para);
  }

  private static int firstSlotAtOrAfter(List<Slot> slots, int norm) {
    return Sorted.firstAtLeast(slots.size(), i -> slots.get(i).start(), norm);
  }

  /** The sentence holding a slot. */
  int sentenceOf(int slot) {
    int lo = 0;
    int hi = sentFrom.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentFrom[mid] <= slot) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int sentences() {
    return sentFrom.length;
  }

  /** The original code-point span of slots {@code [from, to)}. */
  Span span(int from, int to) {
    return analysis.text().toOriginal(slots.get(from).start(), slots.get(to - 1).end());
  }

  /** The original text of a normalized range. */
  String originalText(int normStart, int normEnd) {
    return analysis.textOf(analysis.text().toOriginal(normStart, normEnd));
  }
}
