package org.tarikh.event;

import java.util.List;

/**
 * Reads a number at a slot: digits ({@code 49}), a symbol of digit groups ({@code 49/13}, joined by
 * a {@code symbol_joiner} of {@code events/words.tsv}), digits with an ordinal suffix ({@code 49th},
 * tokenized as {@code 49 | th}), digit groups ({@code 160,000}), or number words of the
 * language joined by hyphens or coordination ({@code forty-ninth}, {@code التاسعة والأربعين}):
 * units and tens add up, scale words multiply.
 */
final class NumberReader {
  /**
   * A number read from {@code length} slots; {@code symbol} is its written form when it is a
   * document symbol of numbers ({@code 49/13}, a General Assembly session and resolution), else
   * {@code null}.
   */
  record Read(long value, boolean ordinal, int length, String symbol) {
    Read(long value, boolean ordinal, int length) {
      this(value, ordinal, length, null);
    }

    /** The number as an attribute value: its symbol, else its digits. */
    String text() {
      return symbol != null ? symbol : Long.toString(value);
    }
  }

  private final Lexicon lexicon;

  NumberReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The number starting at slot {@code t}, or {@code null}. */
  Read read(List<Slot> slots, int t, int limit) {
    if (t >= limit) {
      return null;
    }
    Slot s = slots.get(t);
    if (s.is(Slot.Kind.NUMBER)) {
      Read symbol = symbol(slots, t, limit);
      return symbol != null ? symbol : digits(slots, t, limit);
    }
    return s.is(Slot.Kind.WORD) ? words(slots, t, limit) : null;
  }

  /** Digit groups joined without spaces by a symbol joiner: {@code 49/13}, {@code 2/3/1}. */
  private Read symbol(List<Slot> slots, int t, int limit) {
    int i = t + 1;
    while (i + 1 < limit && lexicon.isSymbolJoiner(slots.get(i).text()) && adjacent(slots, i - 1, i)
        && adjacent(slots, i, i + 1) && slots.get(i + 1).is(Slot.Kind.NUMBER)) {
      i += 2;
    }
    if (i == t + 1) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int k = t; k < i; k++) {
      text.append(slots.get(k).text());
    }
    return new Read(parse(slots.get(t).text()), false, i - t, text.toString());
  }

  private Read digits(List<Slot> slots, int t, int limit) {
    long value = parse(slots.get(t).text());
    int i = t + 1;
    while (i + 1 < limit && slots.get(i).text().equals(",") && adjacent(slots, i - 1, i)
        && adjacent(slots, i, i + 1) && slots.get(i + 1).is(Slot.Kind.NUMBER)
        && slots.get(i + 1).text().length() == 3) {
      value = value * 1000 + parse(slots.get(i + 1).text());
      i += 2;
    }
    if (i < limit && adjacent(slots, i - 1, i) && slots.get(i).is(Slot.Kind.WORD)
        && lexicon.isOrdinalSuffix(slots.get(i).text())) {
      return new Read(value, true, i + 1 - t);
    }
    return new Read(value, false, i - t);
  }

  private Read words(List<Slot> slots, int t, int limit) {
    long total = 0;
    long current = 0;
    boolean ordinal = false;
    int i = t;
    int end = t;
    while (i < limit) {
      Lexicon.NumberWord w = numberWord(slots.get(i));
      if (w == null) {
        break;
      }
      if (w.scale()) {
        current = Math.max(current, 1) * w.value();
        if (w.value() >= 1000) {
          total += current;
          current = 0;
        }
      } else {
        current += w.value();
      }
      ordinal |= w.ordinal();
      end = ++i;
      int next = skipJoiner(slots, i, limit);
      if (ordinal && !tensAfterUnit(slots, next, limit, current)) {
        break; // "forty-ninth" ends at the ordinal; "التاسعة والأربعين" goes on to its tens
      }
      i = next;
    }
    return end == t ? null : new Read(total + current, ordinal, end - t);
  }

  /** Whether a tens word ({@code الاربعين}) follows an ordinal unit. */
  private boolean tensAfterUnit(List<Slot> slots, int i, int limit, long current) {
    if (i >= limit || current >= 10) {
      return false;
    }
    Lexicon.NumberWord w = numberWord(slots.get(i));
    return w != null && !w.scale() && w.value() >= 20 && w.value() < 100 && w.value() % 10 == 0;
  }

  /** A number word, possibly behind proclitics ({@code والأربعين}). */
  private Lexicon.NumberWord numberWord(Slot s) {
    if (!s.is(Slot.Kind.WORD)) {
      return null;
    }
    for (String f : s.forms()) {
      Lexicon.NumberWord w = lexicon.number(f);
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  private int skipJoiner(List<Slot> slots, int i, int limit) {
    if (i < limit && (slots.get(i).text().equals("-") || lexicon.isCoord(slots.get(i).text()))) {
      return i + 1;
    }
    return i;
  }

  private static boolean adjacent(List<Slot> slots, int a, int b) {
    return slots.get(a).end() == slots.get(b).start();
  }

  private static long parse(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
