package org.tarikh.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Mention;

/**
 * Cross-document person identity, run after extraction over documents that tell the same story
 * (an English text and its Arabic version). A person the entity stage could only transliterate
 * (confidence {@code low}: "وليد المعلم" → {@code person:wlyd-almlm}) takes the id of a person
 * named with confidence in another of the documents when their consonant skeletons match
 * ({@code kb/latin-skeleton.tsv} for Latin names, the pack's {@code entities/skeleton.tsv} for the
 * low one; the article and other proclitics may be dropped). Skeletons two persons share are not
 * used. Entities and event arguments are rewritten; nothing else changes.
 */
public final class EntityLinker {
  private final LanguagePacks packs;

  public EntityLinker(LanguagePacks packs) {
    this.packs = packs;
  }

  /** {@link #link} with the standard language packs. */
  public static List<DocumentResult> harmonize(List<DocumentResult> docs) {
    return new EntityLinker(LanguagePacks.standard()).link(docs);
  }

  /** The documents, in the same order, with low-confidence person ids replaced where possible. */
  public List<DocumentResult> link(List<DocumentResult> docs) {
    Map<String, String> anchors = new LinkedHashMap<>();
    for (DocumentResult d : docs) {
      for (Entity e : d.entities()) {
        if (e.kind() == EntityKind.PERSON && e.confidence() == null) {
          anchors.putIfAbsent(e.id(), e.name());
        }
      }
    }
    if (anchors.isEmpty()) {
      return docs;
    }
    PersonIndex index = PersonIndex.of(anchors, EntityModel.Persons.latin());
    List<DocumentResult> out = new ArrayList<>(docs.size());
    for (DocumentResult d : docs) {
      out.add(relink(d, index, anchors));
    }
    return out;
  }

  private DocumentResult relink(DocumentResult d, PersonIndex index, Map<String, String> anchors) {
    LanguagePack pack = packs.get(d.doc().lang());
    EntityModel model = pack == null ? null : EntityModel.of(pack);
    if (model == null || model.personRules.skeleton == null) {
      return d;
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Entity e : d.entities()) {
      if (e.kind() == EntityKind.PERSON && "low".equals(e.confidence())) {
        String id = find(e, model, index);
        if (id != null && !id.equals(e.id())) {
          renamed.put(e.id(), id);
        }
      }
    }
    return renamed.isEmpty() ? d : rewrite(d, renamed, anchors);
  }

  private static String find(Entity e, EntityModel model, PersonIndex index) {
    for (String surface : e.names()) {
      for (List<String> words : readings(PackNames.keyOf(surface), model.clitics)) {
        for (String key : model.personRules.skeleton.ofTokens(words)) {
          String id = index.find(key);
          if (id != null) {
            return id;
          }
        }
      }
    }
    return null;
  }

  /** The words as written, then with the proclitics of every word after the first stripped. */
  private static List<List<String>> readings(List<String> words, Clitics clitics) {
    List<String> stripped = new ArrayList<>(words);
    for (int i = 1; i < stripped.size(); i++) {
      List<Clitics.Variant> vs = clitics.variants(stripped.get(i));
      stripped.set(i, vs.get(vs.size() - 1).form());
    }
    return stripped.equals(words) ? List.of(words) : List.of(words, stripped);
  }

  private static DocumentResult rewrite(DocumentResult d, Map<String, String> renamed,
      Map<String, String> anchors) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Entity e : d.entities()) {
      names.putIfAbsent(e.id(), e.name());
    }
    for (Entity e : d.entities()) {
      String id = renamed.getOrDefault(e.id(), e.id());
      Entity moved = id.equals(e.id()) ? e : new Entity(id, e.kind(), names.getOrDefault(id, anchors.getOrDefault(id, e.name())),
          e.names(), e.mentions(), null);
      byId.merge(id, moved, EntityLinker::merge);
    }
    List<Event> events = new ArrayList<>();
    for (Event ev : d.events()) {
      Map<String, List<String>> args = new LinkedHashMap<>();
      ev.args().forEach((role, ids) -> args.put(role,
          List.copyOf(new LinkedHashSet<>(ids.stream().map(i -> renamed.getOrDefault(i, i)).toList()))));
      events.add(new Event(ev.id(), ev.type(), ev.date(), ev.evidence(), args, ev.attrs(), ev.trigger(),
          ev.dateSpan()));
    }
    return new DocumentResult(d.doc(), d.timexes(), List.copyOf(byId.values()), events, d.findings(), d.text());
  }

  private static Entity merge(Entity a, Entity b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    List<Mention> mentions = new ArrayList<>(a.mentions());
    mentions.addAll(b.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    String confidence = a.confidence() == null || b.confidence() == null ? null : a.confidence();
    String name = a.confidence() == null ? a.name() : b.name();
    return new Entity(a.id(), a.kind(), name, List.copyOf(names), mentions, confidence);
  }
}
