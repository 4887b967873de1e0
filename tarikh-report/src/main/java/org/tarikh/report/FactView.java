package org.tarikh.report;

import java.util.List;
import org.tarikh.model.Event;

/**
 * One fact as the chronicle shows it.
 *
 * @param lane the document it comes from
 * @param event the fact itself
 * @param date its place on the time axis
 * @param roles its arguments, entity ids resolved to names
 * @param attrs its literal values, formatted
 * @param evidence the evidence quoted from the source text by its offsets
 * @param conflicts numbers of the conflicts it takes part in (from 1)
 * @param linkedTo the facts of other documents it is linked to, as {@code docid#eventid}
 */
record FactView(Lane lane, Event event, TimexDate date, List<Role> roles, List<Attr> attrs,
                String evidence, List<Integer> conflicts, List<String> linkedTo) {

  /** A role with the entities that fill it. */
  record Role(String role, List<EntityRef> entities) {
  }

  /** An entity as named in a role: canonical name, id and the forms the text uses. */
  record EntityRef(String id, String name, List<String> forms) {
  }

  /** A literal value ({@code numbers: 822, 853}). */
  record Attr(String name, String value) {
  }

  String key() {
    return lane.docId() + "#" + event.id();
  }

  String anchor() {
    return Anchors.fact(lane.docId(), event.id());
  }

  String evidenceAnchor() {
    return Anchors.evidence(lane.docId(), event.evidence().start(), event.evidence().end());
  }

  /** Entity ids of all roles. */
  List<String> entityIds() {
    return roles.stream().flatMap(r -> r.entities().stream()).map(EntityRef::id).distinct().toList();
  }
}
