package org.tarikh.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.model.Event;

/**
 * Where anaphoric phrases ({@code events/anaphors.tsv}) must NOT take a referent: the phrase names
 * its entity itself, qualifies another noun, or its referent lies beyond the window. The positive
 * cases are rows {@code ana*} of {@code cases-<lang>.tsv}.
 */
class AnaphorResolverTest {

  private static Map<String, List<String>> args(String lang, String marked, String type) {
    return EventCasesTest.run(lang, "t", marked).stream().filter(e -> e.type().equals(type))
        .findFirst().map(Event::args).orElseThrow(() -> new AssertionError("no " + type + " in " + marked));
  }

  @Test
  void aPossessiveNounIsNotAnAnaphor() {
    String text = "[[Peru|state:per]] and [[Peru|state:per]] again. In {{2015|2015}}, [[Ana Silva|person:ana-silva]]"
        + " was awarded a medal for the country's reforms.";
    assertThat(args("en", text, "AWARD")).doesNotContainKey("giver");
  }

  @Test
  void aPhraseFollowedByItsOwnNameKeepsThatName() {
    String text = "In {{2015|2015}}, the [[UN General Assembly|org:unga]] met. In {{2016|2016}}, [[Ana Silva|person:ana-silva]]"
        + " spoke at the session of the [[Human Rights Council|org:unhrc]].";
    assertThat(args("en", text, "ADDRESS")).containsEntry("body", List.of("org:unhrc"));
  }

  @Test
  void aNearPhraseLooksBackAFewSentencesOnly() {
    String text = "[[UNESCO|org:unesco]] has many programmes. Schools took part. Teachers were trained. Books were"
        + " printed. In {{March 2019|2019-03}}, [[Carlos Mendez|person:carlos-mendez]] was appointed goodwill"
        + " ambassador of this organization.";
    assertThat(args("en", text, "APPOINTMENT")).doesNotContainKey("body");
  }

  @Test
  void anArabicNounWithANationalityAdjectiveIsNotTheMainState() {
    String text = "تتعاون [[بيرو|state:per]] مع [[اليونيسف|org:unicef]] وتمول [[بيرو|state:per]] مشاريعها. وفي عام"
        + " {{2016|2016}} منحت الدولة [[التشيلية|state:chl]] دبلوما خاصا.";
    assertThat(args("ar", text, "AWARD").get("recipient")).containsExactly("state:chl");
  }

  @Test
  void theCouncilNeedsACouncilNamedBefore() {
    String text = "The [[General Assembly|org:unga]] debated the crisis. On {{9 June 2010|2010-06-09}}, the Council"
        + " adopted resolution 1929.";
    assertThat(EventCasesTest.run("en", "t", text)).flatExtracting(e -> e.args().getOrDefault("body", List.of()))
        .doesNotContain("org:unga");
  }
}
