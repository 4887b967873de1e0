package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Link;

/**
 * Reconciliation of an English and an Arabic result as a real extractor gives them: roles
 * missing on one side, facts the two texts date a month apart, entities named in the sentence
 * without a role, ids the entity stage was unsure of, and one fact typed differently.
 */
class ImperfectExtractionAlignmentTest {
  private static final String PERSON = "person:amina-haddad";

  private static SyntheticDoc english() {
    return SyntheticDoc.of("en", "en").entity(PERSON, "Amina Haddad").entity("org:unicef", "UNICEF")
        .entity("org:unesco", "UNESCO").entity("org:un", "United Nations", "UN").entity("state:jor", "Jordan")
        .entity("org:unga", "General Assembly").entity("org:unsc", "Security Council")
        .entity("org:wfp", "World Food Programme").entity("org:unhcr", "UNHCR");
  }

  private static SyntheticDoc arabic() {
    return SyntheticDoc.of("ar", "ar").entity(PERSON, "أمينة حداد").entity("org:unicef", "اليونيسف")
        .entity("org:unesco", "اليونسكو").entity("org:un", "الأمم المتحدة").entity("state:jor", "الأردن")
        .entity("org:unga", "الجمعية العامة").entity("org:unsc", "مجلس الأمن")
        .entity("org:wfp", "برنامج الأغذية العالمي").entity("org:unhcr", "المفوضية السامية لشؤون اللاجئين");
  }

  private static Alignment reconcile(SyntheticDoc a, SyntheticDoc b) {
    List<DocumentResult> docs = List.of(a.build(), b.build());
    return Reconciler.standard().reconcile(docs);
  }

  private static List<String> pairs(Alignment al) {
    return al.links().stream().map(l -> l.a() + " " + l.b()).toList();
  }

  @Test
  void theSamePersonAMonthApartIsOneAppointmentWithADateConflict() {
    Alignment al = reconcile(
        english().event("APPOINTMENT", "2009-03", "In March 2009, Amina Haddad was named goodwill ambassador of this organization.",
            Map.of("person", List.of(PERSON)), Map.of("role", "goodwill ambassador")),
        arabic().event("APPOINTMENT", "2009-04", "عُيّنت أمينة حداد سفيرة للنوايا الحسنة لدى اليونيسف في أبريل 2009.",
            Map.of("person", List.of(PERSON), "body", List.of("org:unicef")), Map.of("role", "سفيرة للنوايا الحسنة")));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.links().get(0).reasons()).contains("anchor:" + PERSON);
    assertThat(al.conflicts()).extracting(Conflict::field, Conflict::aValue, Conflict::bValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "2009-03", "2009-04"));
  }

  @Test
  void aSecondTitleOfThePersonThatYearMakesTheDateDisagreementAmbiguous() {
    Alignment al = reconcile(
        english().event("APPOINTMENT", "2009-03", "In March 2009, Amina Haddad was named goodwill ambassador.",
            Map.of("person", List.of(PERSON)), Map.of()),
        arabic().event("APPOINTMENT", "2009-04", "عُيّنت أمينة حداد سفيرة للنوايا الحسنة في أبريل 2009.",
                Map.of("person", List.of(PERSON)), Map.of())
            .event("AWARD", "2009-10", "منحت اليونسكو أمينة حداد وسامًا في أكتوبر 2009.",
                Map.of("recipient", List.of(PERSON), "giver", List.of("org:unesco")), Map.of()));
    assertThat(al.links()).isEmpty();
    assertThat(al.conflicts()).isEmpty();
  }

  @Test
  void aDateCarriedOverFromAnEarlierSentenceLinksButIsNotAConflict() {
    Alignment al = reconcile(
        english().inherited("APPOINTMENT", "2009-03", "Amina Haddad was also named goodwill ambassador.",
            Map.of("person", List.of(PERSON))),
        arabic().event("APPOINTMENT", "2009-04", "عُيّنت أمينة حداد سفيرة للنوايا الحسنة في أبريل 2009.",
            Map.of("person", List.of(PERSON)), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.conflicts()).isEmpty();
  }

  @Test
  void differentSureSpeakersOnOneDayAreDifferentAddresses() {
    Alignment al = reconcile(
        english().entity("person:omar-saleh", "Omar Saleh").event("ADDRESS", "2011-09-22",
            "On 22 September 2011, Omar Saleh addressed the General Assembly.",
            Map.of("speaker", List.of("person:omar-saleh"), "body", List.of("org:unga")), Map.of()),
        arabic().entity("person:karim-nasser", "كريم ناصر").event("ADDRESS", "2011-09-22",
            "ألقى كريم ناصر كلمة أمام الجمعية العامة في 22 سبتمبر 2011.",
            Map.of("speaker", List.of("person:karim-nasser"), "body", List.of("org:unga")), Map.of()));
    assertThat(al.links()).isEmpty();
  }

  @Test
  void anUnsureTransliteratedSpeakerNeitherBlocksTheLinkNorConflicts() {
    Alignment al = reconcile(
        english().entity("person:basheer-noori", "Basheer Noori").event("ADDRESS", "2011-09-22",
            "On 22 September 2011, Basheer Noori addressed the General Assembly.",
            Map.of("speaker", List.of("person:basheer-noori"), "body", List.of("org:unga")), Map.of()),
        arabic().unsureEntity("person:bshyr-nwry", "بشير نوري").event("ADDRESS", "2011-09-22",
            "ألقى بشير نوري كلمة أمام الجمعية العامة في 22 سبتمبر 2011.",
            Map.of("speaker", List.of("person:bshyr-nwry"), "body", List.of("org:unga")), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.conflicts()).isEmpty();
  }

  @Test
  void entitiesTheSentencesNameTieFactsTheExtractorGaveNoRoles() {
    Alignment al = reconcile(
        english().event("PROGRAM", "2010", "In 2010, the World Food Programme began school meals in Jordan.",
            Map.of(), Map.of()),
        arabic().event("PROGRAM", "2010", "بدأ برنامج الأغذية العالمي عام 2010 توزيع الوجبات المدرسية في الأردن.",
            Map.of(), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.links().get(0).reasons()).contains("named:org:wfp", "named:state:jor");
  }

  @Test
  void twoProgrammesSharingOnlyTheUmbrellaBodyStayApart() {
    Alignment al = reconcile(
        english().event("PROGRAM", "1999", "In 1999, the UN launched the World Food Programme operation.",
            Map.of("body", List.of("org:un")), Map.of()),
        arabic().event("PROGRAM", "1999", "بدأت المفوضية السامية لشؤون اللاجئين التابعة للأمم المتحدة عملها عام 1999.",
            Map.of("body", List.of("org:un")), Map.of()));
    assertThat(al.links()).isEmpty();
  }

  @Test
  void theSameProgrammeUnderTheUmbrellaBodyLinks() {
    Alignment al = reconcile(
        english().event("PROGRAM", "1999", "In 1999, the UN launched the World Food Programme operation.",
            Map.of("body", List.of("org:un")), Map.of()),
        arabic().event("PROGRAM", "1999", "أطلق برنامج الأغذية العالمي التابع للأمم المتحدة عمليته عام 1999.",
            Map.of("body", List.of("org:un")), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
  }

  @Test
  void aMeetingAndAResolutionOfOneDayAndNumberAreOneFact() {
    Alignment al = reconcile(
        english().event("RESOLUTION_ADOPTED", "1999-06-10", "On 10 June 1999, the Security Council adopted resolution 1244.",
            Map.of("body", List.of("org:unsc")), Map.of("numbers", List.of("1244"))),
        arabic().event("MEETING", "1999-06-10", "10 يونيو 1999: مجلس الأمن يعقد جلسة ويصدر القرار 1244.",
                Map.of("body", List.of("org:unsc")), Map.of("numbers", List.of("1244")))
            .event("MEETING", "1999-06-14", "14 يونيو 1999: مجلس الأمن يعقد جلسة أخرى.",
                Map.of("body", List.of("org:unsc")), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.links().get(0).reasons().get(0)).isEqualTo("type:RESOLUTION_ADOPTED~MEETING");
    assertThat(al.conflicts()).isEmpty();
  }

  @Test
  void aBodyNamedAsPartOfAnotherCountsAsPartlyShared() {
    Alignment al = reconcile(
        english().event("MEMBERSHIP_TERM", "2001/2003", "Jordan served on the UNICEF board in 2001-2003.",
            Map.of("state", List.of("state:jor"), "body", List.of("org:unicef")), Map.of()),
        arabic().event("MEMBERSHIP_TERM", "2001/2003", "كان الأردن عضوًا في الهيئة التنفيذية لليونيسف خلال سنوات 2001-2003.",
            Map.of("state", List.of("state:jor"), "body", List.of("org:unicef-executive-board")), Map.of()));
    assertThat(al.links()).extracting(Link::reasons).singleElement().asList().contains("part:org:unicef");
  }

  @Test
  void aFactThatHappensOnceWithEveryRoleInAgreementLinksAcrossADayAndConflicts() {
    Alignment al = reconcile(
        english().event("ADMISSION", "1955-12-14", "Jordan was admitted to the United Nations on 14 December 1955.",
            Map.of("state", List.of("state:jor"), "body", List.of("org:un")), Map.of()),
        arabic().event("ADMISSION", "1955-12-15", "قُبل الأردن عضوًا في الأمم المتحدة في 15 ديسمبر 1955.",
            Map.of("state", List.of("state:jor"), "body", List.of("org:un")), Map.of()));
    assertThat(pairs(al)).containsExactly("en#e1 ar#e1");
    assertThat(al.conflicts()).extracting(Conflict::field).containsExactly("date");
  }

  @Test
  void signingAndRatifyingOneTreatyInOneYearAreNotAConflict() {
    Alignment al = reconcile(
        english().entity("treaty:cat", "Convention against Torture").event("ACCESSION", "1991-02",
            "Jordan signed the Convention against Torture in February 1991.",
            Map.of("state", List.of("state:jor"), "treaty", List.of("treaty:cat")), Map.of()),
        arabic().entity("treaty:cat", "اتفاقية مناهضة التعذيب").event("ACCESSION", "1991-11",
            "صادق الأردن على اتفاقية مناهضة التعذيب في نوفمبر 1991.",
            Map.of("state", List.of("state:jor"), "treaty", List.of("treaty:cat")), Map.of()));
    assertThat(al.links()).isEmpty();
    assertThat(al.conflicts()).isEmpty();
  }

  @Test
  void aSessionBothSentencesWriteConflictsButOneCarriedOverDoesNot() {
    SyntheticDoc arabic = arabic().event("ADDRESS", "2010-09-23", "ألقت أمينة حداد كلمة في الدورة 64 للجمعية العامة في 23 سبتمبر 2010.",
        Map.of("speaker", List.of(PERSON), "body", List.of("org:unga")), Map.of("session", "64"));
    Alignment stated = reconcile(english().event("ADDRESS", "2010-09-23",
        "On 23 September 2010, Amina Haddad addressed the 65th session of the General Assembly.",
        Map.of("speaker", List.of(PERSON), "body", List.of("org:unga")), Map.of("session", "65")), arabic);
    Alignment carried = reconcile(english().event("ADDRESS", "2010-09-23",
        "On 23 September 2010, Amina Haddad addressed the General Assembly.",
        Map.of("speaker", List.of(PERSON), "body", List.of("org:unga")), Map.of("session", "65")), arabic);
    assertThat(pairs(stated)).containsExactly("en#e1 ar#e1");
    assertThat(stated.conflicts()).extracting(Conflict::field).containsExactly("session");
    assertThat(pairs(carried)).containsExactly("en#e1 ar#e1");
    assertThat(carried.conflicts()).isEmpty();
  }
}
