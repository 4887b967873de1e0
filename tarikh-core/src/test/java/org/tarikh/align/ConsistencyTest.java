package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocInfo;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Link;

/** Facts as components of the links: their events, the links joining them and the partners. */
class ConsistencyTest {
  private static final DocumentResult EN = doc("en", "1993-04-30", "1992-01-30", "1995");
  private static final DocumentResult AR = doc("ar", "1993-04-30", "1993-07-29", "1992-03-02");
  private static final Link E1_A1 = new Link("en#e1", "ar#e1", 0.9, List.of());
  private static final Link E1_A2 = new Link("en#e1", "ar#e2", 0.8, List.of());
  private static final Link DANGLING = new Link("en#e9", "ar#e3", 0.8, List.of());
  private static final Consistency C = Consistency.of(List.of(EN, AR),
      new Alignment(List.of("en", "ar"), List.of(E1_A1, DANGLING, E1_A2), List.of()));

  @Test
  void factsAreLinkComponentsInDateOrder() {
    assertThat(C.facts()).extracting(f -> f.events().stream().map(Consistency.EventRef::ref).toList())
        .containsExactly(List.of("en#e2"), List.of("ar#e3"), List.of("en#e1", "ar#e1", "ar#e2"),
            List.of("en#e3"));
    assertThat(C.facts()).extracting(Consistency.Fact::id).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aFactKeepsTheLinksBetweenItsEventsAndIgnoresDanglingOnes() {
    Consistency.Fact shared = C.facts().get(2);
    assertThat(shared.links()).containsExactly(E1_A1, E1_A2);
    assertThat(shared.partners("en#e1")).containsExactly("ar#e1", "ar#e2");
    assertThat(shared.partners("ar#e2")).containsExactly("en#e1");
    assertThat(C.facts().get(1).links()).isEmpty();
  }

  @Test
  void statedByAllAndOnlyIn() {
    assertThat(C.statedByAll("en", "ar")).hasSize(1);
    assertThat(C.onlyIn("en")).hasSize(2);
    assertThat(C.onlyIn("ar")).hasSize(1);
  }

  private static DocumentResult doc(String id, String... dates) {
    List<Event> events = new ArrayList<>();
    for (String date : dates) {
      int n = events.size();
      events.add(new Event("e" + (n + 1), "RESOLUTION_ADOPTED", date, new Evidence(n * 10, n * 10 + 5, null),
          Map.of(), Map.of(), null, null));
    }
    return new DocumentResult(new DocInfo(id, id, null, "text", null), List.of(), List.of(), events,
        List.of(), null);
  }
}
