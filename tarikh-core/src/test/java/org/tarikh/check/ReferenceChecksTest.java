package org.tarikh.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.MentionSearch;
import org.tarikh.model.Entity;
import org.tarikh.model.EntityKind;
import org.tarikh.model.Event;
import org.tarikh.model.Evidence;
import org.tarikh.model.Finding;
import org.tarikh.model.Mention;

class ReferenceChecksTest {
  private static final String TEXT = "A fact is stated here.";

  static Event event(String id, String type, String date, Map<String, List<String>> args, Map<String, Object> attrs) {
    return new Event(id, type, date, new Evidence(0, TEXT.length(), TEXT), args, attrs, null, null);
  }

  static List<Finding> run(Event... events) {
    return ReferenceChecks.standard().run(new CheckInput(TEXT, List.of(), List.of(events), List.of()));
  }

  @Test
  void sessionMustFitItsYear() {
    Map<String, List<String>> ga = Map.of("speaker", List.of("person:x"), "body", List.of("org:unga"));
    assertThat(run(event("e1", "ADDRESS", "1994-09", ga, Map.of("session", "49")))).isEmpty();
    assertThat(run(event("e1", "ADDRESS", "1995-03", ga, Map.of("session", "49")))).isEmpty();
    assertThat(run(event("e1", "ADDRESS", "2006-09-07", ga, Map.of("session", "60")))).isEmpty();
    List<Finding> f = run(event("e1", "ADDRESS", "1997", ga, Map.of("session", "49")));
    assertThat(f).extracting(Finding::kind).containsExactly("ga-session-year");
    assertThat(f.get(0).suggestion()).isEqualTo("session 51");
  }

  @Test
  void resolutionNumberMustFitItsYear() {
    Map<String, List<String>> sc = Map.of("body", List.of("org:unsc"));
    assertThat(run(event("e1", "RESOLUTION_ADOPTED", "1993", sc, Map.of("numbers", List.of("822", "884"))))).isEmpty();
    assertThat(run(event("e1", "RESOLUTION_ADOPTED", "1993-04-30", sc, Map.of("numbers", List.of("822"))))).isEmpty();
    List<Finding> f = run(event("e1", "RESOLUTION_ADOPTED", "1995", sc, Map.of("numbers", List.of("822"))));
    assertThat(f).extracting(Finding::kind, Finding::suggestion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sc-resolution-year", "resolution 822 (1993)"));
  }

  @Test
  void admissionDateAndOrdinalFollowTheUnRecord() {
    Map<String, List<String>> un = Map.of("state", List.of("state:aze"), "body", List.of("org:un"));
    assertThat(run(event("e1", "ADMISSION", "1992-03-02", un, Map.of("ordinal", "170")))).isEmpty();
    assertThat(run(event("e1", "ADMISSION", "1992", un, Map.of()))).isEmpty();
    assertThat(run(event("e1", "ADMISSION", "1992-03-12", un, Map.of()))).extracting(Finding::kind)
        .containsExactly("un-admission-date");
    assertThat(run(event("e1", "ADMISSION", "1945", Map.of("state", List.of("state:fra"), "body", List.of("org:un")),
        Map.of()))).isEmpty();
  }

  @Test
  void sameFactTwiceWithDifferentDates() {
    Map<String, List<String>> sc = Map.of("body", List.of("org:unsc"));
    assertThat(run(event("e1", "RESOLUTION_ADOPTED", "1993-04-30", sc, Map.of("numbers", List.of("822"))),
        event("e2", "RESOLUTION_ADOPTED", "1993-05-30", sc, Map.of("numbers", List.of("822")))))
        .extracting(Finding::kind).containsExactly("duplicate-fact-date");
    Map<String, List<String>> aze = Map.of("state", List.of("state:aze"));
    assertThat(run(event("e1", "INDEPENDENCE", "1991", aze, Map.of()), event("e2", "INDEPENDENCE", "1991-10-18", aze, Map.of())))
        .isEmpty();
    Map<String, List<String>> ilham = Map.of("speaker", List.of("person:ilham-aliyev"), "body", List.of("org:unga"));
    assertThat(run(event("e1", "ADDRESS", "2020-09", ilham, Map.of()), event("e2", "ADDRESS", "2020-12", ilham, Map.of())))
        .as("a president addresses the Assembly many times").isEmpty();
  }

  @Test
  void acronymsFromEntityMentions() {
    String text = "the World Food Program (WIPO) and the Security Council of the UN (Security Council) and UNICEF (UNICEF).";
    Entity wfp = new Entity("org:wfp", EntityKind.ORG, "World Food Programme", List.of(),
        List.of(new Mention(4, 22, null)), null);
    Entity un = new Entity("org:un", EntityKind.ORG, "United Nations", List.of(), List.of(new Mention(61, 63, null)), null);
    Entity sc = new Entity("org:unsc", EntityKind.ORG, "Security Council", List.of(),
        List.of(new Mention(38, 63, null), new Mention(65, 81, null)), null);
    Entity unicef = new Entity("org:unicef", EntityKind.ORG, "UNICEF", List.of("UNICEF"), List.of(), null);
    List<Finding> f = ReferenceChecks.standard().run(new CheckInput(text,
        MentionSearch.plain().complete(text, List.of(wfp, un, sc, unicef)), List.of(), List.of()));
    assertThat(f).extracting(Finding::kind, Finding::start, Finding::end, Finding::suggestion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("acronym-mismatch", 24, 28, "WFP"));
    assertThat(f.get(0).message()).isEqualTo(
        "'WIPO' is the acronym of the World Intellectual Property Organization, not of the World Food Programme (WFP)");
  }

  @Test
  void acronymsInOtherLanguagesAreKnownToo() {
    String text = "the United Nations (ONU) and the World Health Organization (FAO).";
    Entity un = new Entity("org:un", EntityKind.ORG, "United Nations", List.of("United Nations"), List.of(), null);
    Entity who = new Entity("org:who", EntityKind.ORG, "World Health Organization",
        List.of("World Health Organization"), List.of(), null);
    List<Finding> f = ReferenceChecks.standard().run(new CheckInput(text,
        MentionSearch.plain().complete(text, List.of(un, who)), List.of(), List.of()));
    assertThat(f).extracting(Finding::kind, Finding::suggestion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("acronym-mismatch", "WHO"));
    assertThat(f.get(0).message()).startsWith("'FAO' is the acronym of the Food and Agriculture Organization");
  }
}
