package org.tarikh.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarikh.entity.EntityKnowledge;
import org.tarikh.model.Entity;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;

/**
 * A parenthesized acronym right after a body's name that is not that body's: "World Food
 * Program (WIPO)" (WIPO belongs to another body) or "World Intellectual Property Organization
 * (ESPPO)" (no body is known by it, and the named one is known by another). The name must be
 * an entity mention (not part of a longer one); the acronym is a word of capital letters and
 * digits, or (in scripts without capitals) an entity mention of another id. Acronyms and their
 * owners come from the entity knowledge base ({@link EntityKnowledge}, {@code kb/*.tsv}); a body
 * it lists no acronym for is known by the one its FACTS.md id spells ({@code org:<acronym>}).
 */
public final class AcronymCheck implements ReferenceCheck {
  private final EntityKnowledge kb;

  public AcronymCheck(EntityKnowledge kb) {
    this.kb = kb;
  }

  @Override
  public List<Finding> check(CheckInput doc) {
    List<Finding> out = new ArrayList<>();
    List<Mention> all = doc.entities().stream().flatMap(e -> e.mentions().stream()).toList();
    for (Entity named : doc.entities()) {
      if (!named.id().startsWith("org:")) {
        continue;
      }
      for (Mention m : named.mentions()) {
        if (!insideLonger(m, all)) {
          parenthesized(doc, m.end()).ifPresent(acr -> judge(doc, named, acr).ifPresent(out::add));
        }
      }
    }
    return out;
  }

  /** True when another mention covers this one and more ("UN" inside "Security Council of the UN"). */
  private static boolean insideLonger(Mention m, List<Mention> all) {
    return all.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end()
        && o.end() - o.start() > m.end() - m.start());
  }

  /** The span inside "( ... )" starting right after a name (spaces allowed), if any. */
  private static Optional<Span> parenthesized(CheckInput doc, int after) {
    int i = skipSpaces(doc, after);
    if (i >= doc.length() || doc.codePointAt(i) != '(') {
      return Optional.empty();
    }
    int start = skipSpaces(doc, i + 1);
    int end = start;
    while (end < doc.length() && doc.codePointAt(end) != ')' && end - start <= 20) {
      end++;
    }
    if (end >= doc.length() || doc.codePointAt(end) != ')') {
      return Optional.empty();
    }
    while (end > start && Character.isWhitespace(doc.codePointAt(end - 1))) {
      end--;
    }
    return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  private static int skipSpaces(CheckInput doc, int i) {
    while (i < doc.length() && Character.isWhitespace(doc.codePointAt(i))) {
      i++;
    }
    return i;
  }

  private Optional<Finding> judge(CheckInput doc, Entity named, Span acr) {
    String acronym = doc.text(acr.start(), acr.end());
    boolean shaped = acronym.matches("[\\p{Lu}][\\p{Lu}\\d]{1,9}");
    if (shaped && belongsTo(acronym, named.id())) {
      return Optional.empty();
    }
    List<String> listed = kb.acronyms(named.id());
    Optional<String> expected = englishAcronym(named.id());
    Optional<String> owner = kb.acronymOwner(acronym);
    if (owner.isEmpty() && !shaped) {
      owner = mentionOwner(doc, acr);
    }
    if (owner.isPresent() && !owner.get().equals(named.id())) {
      String whose = kb.name(owner.get()).orElse(owner.get());
      return Optional.of(finding(doc, "acronym-mismatch", acr, "'" + acronym + "' is the acronym of the "
          + whose + ", not of the " + named.name() + expected.map(e -> " (" + e + ")").orElse(""), expected));
    }
    if (owner.isEmpty() && shaped && !listed.isEmpty()) {
      return Optional.of(finding(doc, "acronym-unknown", acr, "'" + acronym + "' is not an acronym of the "
          + named.name() + ", which is known as " + listed.get(0), expected));
    }
    return Optional.empty();
  }

  /** True when the acronym is one the body is known by (listed, or spelled by its id). */
  private boolean belongsTo(String acronym, String id) {
    return kb.acronyms(id).contains(acronym) || acronym.toLowerCase(Locale.ROOT).equals(idAcronym(id));
  }

  /** The English acronym of a body: the first listed, else the one its id spells. */
  private Optional<String> englishAcronym(String id) {
    List<String> listed = kb.acronyms(id);
    if (!listed.isEmpty()) {
      return Optional.of(listed.get(0));
    }
    return Optional.ofNullable(idAcronym(id)).map(a -> a.toUpperCase(Locale.ROOT));
  }

  private static String idAcronym(String id) {
    if (!id.startsWith("org:")) {
      return null;
    }
    String rest = id.substring(4);
    return rest.matches("[a-z][a-z0-9]{1,9}") ? rest : null;
  }

  /** The body an entity mention at exactly this span stands for (an extractor's reading). */
  private static Optional<String> mentionOwner(CheckInput doc, Span at) {
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (m.start() == at.start() && m.end() == at.end() && e.id().startsWith("org:")) {
          return Optional.of(e.id());
        }
      }
    }
    return Optional.empty();
  }

  private static Finding finding(CheckInput doc, String kind, Span at, String message, Optional<String> fix) {
    return new Finding(kind, at.start(), at.end(), message, doc.sentenceAround(at), fix.orElse(null));
  }
}
