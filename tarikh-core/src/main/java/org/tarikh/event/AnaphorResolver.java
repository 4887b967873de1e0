package org.tarikh.event;

import java.util.List;
import org.tarikh.model.Entity;

/**
 * Gives the head word of each anaphoric phrase of {@link Anaphors} the entity it stands for, so
 * that patterns and role filling treat it as a mention of that entity ("this organization" after
 * UNESCO, "the Council" after the Security Council, "البلد" for the document's main state). The
 * referent is the most recent earlier mention (or resolved phrase) of a compatible kind whose name
 * has one of the row's words, within the phrase's sentence and the {@value #NEAR_SENTENCES}
 * sentences before it (scope {@code near}) or anywhere before (scope {@code before}); scope
 * {@code main} takes the document's most-mentioned entity of a compatible kind. A phrase followed
 * closely by a mention of a compatible kind ("the session of the General Assembly", "الدولة
 * الاذربيجانية"), and one marked possessive ("the country's"), are left alone. Writes into the document's slot list.
 */
final class AnaphorResolver {
  /** Sentences before the phrase's own searched by scope {@code near}. */
  static final int NEAR_SENTENCES = 2;
  /** Slots after a phrase in which a compatible mention makes it non-anaphoric. */
  private static final int NAMED_AFTER = 3;

  private final Anaphors anaphors;
  private final Lexicon lexicon;

  AnaphorResolver(Anaphors anaphors, Lexicon lexicon) {
    this.anaphors = anaphors;
    this.lexicon = lexicon;
  }

  void resolve(DocView doc, List<Entity> entities) {
    if (anaphors.isEmpty()) {
      return;
    }
    List<Slot> slots = doc.slots;
    for (int t = 0; t < slots.size(); t++) {
      Anaphor a = anaphors.at(slots, t, slots.size());
      if (a == null) {
        continue;
      }
      int head = t + a.tokens().length - 1;
      Entity e = namedAfter(slots, head, a) || possessive(slots, head) ? null : referent(doc, a, t, entities);
      if (e != null) {
        slots.set(head, slots.get(head).withReferent(e));
      }
      t = head;
    }
  }

  /** "the country's leadership": the phrase qualifies another noun and fills no role itself. */
  private boolean possessive(List<Slot> slots, int head) {
    return head + 1 < slots.size() && lexicon.isPossessive(slots.get(head + 1).text());
  }

  private static boolean namedAfter(List<Slot> slots, int head, Anaphor a) {
    for (int i = head + 1; i < slots.size() && i <= head + NAMED_AFTER; i++) {
      Slot s = slots.get(i);
      if (s.is(Slot.Kind.PUNCT)) {
        return false;
      }
      if (s.entity() != null && a.kinds().contains(s.entity().kind())) {
        return true;
      }
    }
    return false;
  }

  private Entity referent(DocView doc, Anaphor a, int t, List<Entity> entities) {
    if (a.scope() == Anaphor.Scope.MAIN) {
      return main(a, entities);
    }
    int bound = a.scope() == Anaphor.Scope.NEAR
        ? doc.sentFrom[Math.max(0, doc.sentenceOf(t) - NEAR_SENTENCES)] : 0;
    for (int i = t - 1; i >= bound; i--) {
      Slot s = doc.slots.get(i);
      if (s.entity() != null && compatible(a, s.entity(), s.text())) {
        return s.entity();
      }
    }
    return null;
  }

  private Entity main(Anaphor a, List<Entity> entities) {
    Entity best = null;
    for (Entity e : entities) {
      if (a.kinds().contains(e.kind()) && compatible(a, e, "")
          && (best == null || e.mentions().size() > best.mentions().size())) {
        best = e;
      }
    }
    return best;
  }

  private boolean compatible(Anaphor a, Entity e, String mentionText) {
    if (!a.kinds().contains(e.kind())) {
      return false;
    }
    if (a.names().isEmpty()) {
      return true;
    }
    String name = Lexicon.norm(e.name());
    for (Element.Word w : a.names()) {
      if (w.inText(mentionText, lexicon) || w.inText(name, lexicon)) {
        return true;
      }
    }
    return false;
  }
}
