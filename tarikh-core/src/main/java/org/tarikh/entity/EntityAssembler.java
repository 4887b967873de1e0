package org.tarikh.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.text.AlignedText;

/**
 * Groups matches into one {@link Entity} per id, in order of first mention, with the canonical
 * English name of the knowledge base (or the one the match carries), the distinct surface forms
 * and every mention as code points of the original text.
 */
final class EntityAssembler {
  private EntityAssembler() {
  }

  private static final class Group {
    final Match first;
    final Set<String> names = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    boolean low = true;

    Group(Match first) {
      this.first = first;
    }
  }

  static List<Entity> assemble(AlignedText text, List<Match> matches, KnowledgeBase kb) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Match m : sorted) {
      Group g = groups.computeIfAbsent(m.id(), k -> new Group(m));
      Span span = text.toOriginal(m.start(), m.end());
      String surface = text.originalText(span);
      g.names.add(surface);
      g.mentions.add(new Mention(span.start(), span.end(), surface));
      g.low &= m.lowConfidence();
    }
    List<Entity> out = new ArrayList<>(groups.size());
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      out.add(toEntity(e.getKey(), e.getValue(), kb));
    }
    return out;
  }

  private static Entity toEntity(String id, Group g, KnowledgeBase kb) {
    KbEntry known = kb.get(id);
    String name = known != null ? known.name() : g.first.name() != null ? g.first.name() : id;
    return new Entity(id, KbEntry.kindOf(id), name, List.copyOf(g.names), g.mentions,
        g.low ? "low" : null);
  }
}
