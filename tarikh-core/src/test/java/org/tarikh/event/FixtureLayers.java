package org.tarikh.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tarikh.model.Entity;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.pipeline.Analysis;
import org.tarikh.pipeline.Layer;
import org.tarikh.pipeline.Layers;
import org.tarikh.pipeline.Stage;
import org.tarikh.text.AlignedText;

/**
 * Test-only stage that provides the timex and entity layers from known annotations: timexes as
 * given, entities located by searching every one of their names in the normalized text (a name
 * may follow a proclitic; an Arabic name starting with the article also matches its
 * {@code لل} form).
 */
final class FixtureLayers implements Stage {
  private final List<Timex> timexes;
  private final List<Entity> entities;

  FixtureLayers(List<Timex> timexes, List<Entity> entities) {
    this.timexes = timexes;
    this.entities = entities;
  }

  @Override
  public String name() {
    return "fixture";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return entities == null ? Set.of(Layers.TIMEXES) : Set.of(Layers.TIMEXES, Layers.ENTITIES);
  }

  @Override
  public void process(Analysis a) {
    a.put(Layers.TIMEXES, List.copyOf(timexes));
    if (entities == null) {
      return; // the real entity stage follows
    }
    List<Mention> all = new ArrayList<>();
    java.util.Map<Mention, Entity> owner = new java.util.HashMap<>();
    if (entities.stream().allMatch(e -> !e.mentions().isEmpty())) {
      a.put(Layers.ENTITIES, List.copyOf(entities)); // mentions given: keep them
      return;
    }
    for (Entity e : entities) {
      for (String name : e.names()) {
        List<Mention> found = new ArrayList<>();
        find(a.text(), name, found);
        found.forEach(m -> owner.putIfAbsent(m, e));
        all.addAll(found);
      }
    }
    all.sort((x, y) -> Integer.compare(y.end() - y.start(), x.end() - x.start()));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
        kept.add(m);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      List<Mention> mentions = kept.stream().filter(m -> owner.get(m) == e)
          .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
      out.add(new Entity(e.id(), e.kind(), e.name(), e.names(), mentions, null));
    }
    a.put(Layers.ENTITIES, out);
  }

  private static void find(AlignedText text, String name, List<Mention> out) {
    String norm = text.normalized();
    String n = Lexicon.norm(name).replaceAll("\\s+", " ");
    List<String> variants = new ArrayList<>(List.of(n));
    if (n.startsWith("\u0627\u0644")) {
      variants.add("\u0644" + n.substring(1)); // لل + rest, mention starts after the first ل
    }
    for (String v : variants) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
          java.util.regex.Pattern.quote(v).replace(" ", "\\E\\s+\\Q")).matcher(norm);
      while (m.find()) {
        int s = m.start() + (v == n ? 0 : 1);
        if (boundaryBefore(norm, m.start()) && (m.end() == norm.length()
            || !Character.isLetter(norm.charAt(m.end())))) {
          Span sp = text.toOriginal(s, m.end());
          out.add(new Mention(sp.start(), sp.end(), text.originalText(sp)));
        }
      }
    }
  }

  /** Start of a word, or after up to three proclitic letters (و ف ب ل ك). */
  private static boolean boundaryBefore(String s, int i) {
    int k = i;
    while (k > 0 && i - k < 3 && "\u0648\u0641\u0628\u0644\u0643".indexOf(s.charAt(k - 1)) >= 0) {
      k--;
    }
    return k == 0 || !Character.isLetter(s.charAt(k - 1));
  }
}
