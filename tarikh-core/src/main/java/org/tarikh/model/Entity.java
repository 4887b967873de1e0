package org.tarikh.model;

import java.util.List;

/**
 * A distinct thing a document names, listed once per document.
 *
 * @param id FACTS.md id ({@code state:aze}, {@code org:unesco}, {@code person:heydar-aliyev})
 * @param kind its kind
 * @param name canonical English name
 * @param names surface forms seen in the text, in order of first appearance
 * @param mentions every mention, in text order
 * @param confidence {@code null} (normal) or {@code "low"} when the id was made up by transliteration
 */
public record Entity(String id, EntityKind kind, String name, List<String> names,
                     List<Mention> mentions, String confidence) {
  public Entity {
    names = List.copyOf(names);
    mentions = List.copyOf(mentions);
  }
}
