package org.tarikh.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Timex;
import org.tarikh.pipeline.Analysis;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Turns a document's tokens, entity mentions and timexes into one stream of {@link Slot}s: each
 * mention or timex becomes a single slot (where they overlap, the longer wins), a proclitic
 * written against it stays as a {@link Slot.Kind#CLITIC} slot, other tokens stay as they are.
 */
final class SlotBuilder {
  private record Mark(int start, int end, Entity entity, Timex timex) {
  }

  private final Lexicon lexicon;

  SlotBuilder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Slot> build(Analysis a, List<Entity> entities, List<Timex> timexes) {
    List<Mark> marks = marks(a.text(), entities, timexes);
    List<Token> tokens = a.tokens();
    List<Slot> out = new ArrayList<>(tokens.size());
    int m = 0;
    int i = 0;
    while (i < tokens.size()) {
      Token tk = tokens.get(i);
      while (m < marks.size() && marks.get(m).end() <= tk.start()) {
        m++;
      }
      if (m < marks.size() && marks.get(m).start() < tk.end()) {
        Mark mark = marks.get(m++);
        if (tk.start() < mark.start()) {
          out.add(piece(tk.start(), mark.start(), a.text().normalized()));
        }
        out.add(markSlot(mark, a.text().normalized()));
        while (i < tokens.size() && tokens.get(i).start() < mark.end()) {
          i++;
        }
        continue;
      }
      out.add(tokenSlot(tokens, i));
      i++;
    }
    return out;
  }

  private static List<Mark> marks(AlignedText text, List<Entity> entities, List<Timex> timexes) {
    List<Mark> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention mention : e.mentions()) {
        int[] r = text.fromOriginal(mention.span());
        if (r[1] > r[0]) {
          all.add(new Mark(r[0], r[1], e, null));
        }
      }
    }
    for (Timex t : timexes) {
      int[] r = text.fromOriginal(t.span());
      if (r[1] > r[0]) {
        all.add(new Mark(r[0], r[1], null, t));
      }
    }
    all.sort(Comparator.comparingInt(Mark::start).thenComparing(x -> x.start() - x.end()));
    List<Mark> kept = new ArrayList<>(all.size());
    int lastEnd = -1;
    for (Mark x : all) {
      if (x.start() >= lastEnd) {
        kept.add(x);
        lastEnd = x.end();
      }
    }
    return kept;
  }

  private Slot piece(int start, int end, String normalized) {
    String text = normalized.substring(start, end);
    Slot.Kind kind = lexicon.isClitic(text) ? Slot.Kind.CLITIC : Slot.Kind.WORD;
    return word(kind, start, end, text);
  }

  private static Slot markSlot(Mark m, String normalized) {
    String text = normalized.substring(m.start(), m.end());
    Slot.Kind kind = m.entity() != null ? Slot.Kind.ENTITY : Slot.Kind.TIMEX;
    return new Slot(kind, m.start(), m.end(), text, new String[] {text}, new int[] {0},
        m.entity(), m.timex());
  }

  private Slot tokenSlot(List<Token> tokens, int i) {
    Token tk = tokens.get(i);
    return switch (tk.kind()) {
      case NUMBER -> new Slot(Slot.Kind.NUMBER, tk.start(), tk.end(), tk.text(),
          new String[] {tk.text()}, new int[] {0}, null, null);
      case PUNCT -> new Slot(Slot.Kind.PUNCT, tk.start(), tk.end(), tk.text(),
          new String[] {tk.text()}, new int[] {0}, null, null);
      case WORD -> {
        boolean glued = i + 1 < tokens.size() && tokens.get(i + 1).start() == tk.end();
        Slot.Kind kind = glued && lexicon.isClitic(tk.text()) ? Slot.Kind.CLITIC : Slot.Kind.WORD;
        yield word(kind, tk.start(), tk.end(), tk.text());
      }
    };
  }

  private Slot word(Slot.Kind kind, int start, int end, String text) {
    List<String> forms = new ArrayList<>(3);
    List<Integer> offsets = new ArrayList<>(3);
    if (kind == Slot.Kind.CLITIC) {
      forms.add(text);
      offsets.add(0);
    } else {
      lexicon.forms(text, forms, offsets);
    }
    return new Slot(kind, start, end, text, forms.toArray(String[]::new),
        offsets.stream().mapToInt(Integer::intValue).toArray(), null, null);
  }
}
