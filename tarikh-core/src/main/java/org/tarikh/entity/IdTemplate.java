package org.tarikh.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.lang.TsvTable;

/**
 * The {@code id} column of a name pattern: the part of an id after its kind's prefix, with named
 * slots filled from the match: {@code {name}} (slug of the name part, class words replaced by their
 * value), {@code {state-name}} (slug of the state's canonical English name), {@code {state-adjective}}
 * (its English adjective, {@code kb/state-adjectives.tsv}) and {@code {org}} (the organization's id
 * without its prefix).
 */
final class IdTemplate {
  private static final Pattern SLOT = Pattern.compile("\\{(?<slot>[a-z-]+)}");
  private static final java.util.Set<String> SLOTS =
      java.util.Set.of("name", "state-name", "state-adjective", "org");

  /** What a pattern match gives the slots. */
  record Values(String name, String stateId, String orgId) {
  }

  private IdTemplate() {
  }

  static void check(String template, TsvTable.Row r) {
    Matcher m = SLOT.matcher(template);
    while (m.find()) {
      if (!SLOTS.contains(m.group("slot"))) {
        throw r.error("unknown slot {" + m.group("slot") + "} (known: " + SLOTS + ")");
      }
    }
  }

  /** The filled template, or {@code null} when a slot has no value. */
  static String render(String template, Values v, KnowledgeBase kb) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = value(m.group("slot"), v, kb);
      if (value == null || value.isEmpty()) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String slug = Slugs.slug(out.toString());
    return slug.isEmpty() ? null : slug;
  }

  private static String value(String slot, Values v, KnowledgeBase kb) {
    return switch (slot) {
      case "name" -> v.name() == null ? null : Slugs.slug(v.name());
      case "state-name" -> v.stateId() == null ? null : Slugs.slug(kb.get(v.stateId()).name());
      case "state-adjective" -> v.stateId() == null ? null : kb.adjective(v.stateId());
      case "org" -> v.orgId() == null ? null : v.orgId().substring(v.orgId().indexOf(':') + 1);
      default -> null;
    };
  }
}
