package org.tarikh.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;
import org.tarikh.model.Conflict;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Link;

/** Reconciling the two gold dev documents reproduces the gold alignment. */
class GoldAlignmentTest {
  private static final Path DEV = Path.of("..", "corpus", "dev", "gold");
  private static List<DocumentResult> docs;
  private static Alignment gold;
  private static Alignment predicted;

  @BeforeAll
  static void reconcile() throws IOException {
    docs = List.of(
        FactsJson.readResult(DEV.resolve("resolved/000_d2274c8ab08e79db.json"), null),
        FactsJson.readResult(DEV.resolve("resolved/003_fc7e0ff866001d66.json"), null));
    gold = FactsJson.readAlignment(DEV.resolve("align.json"));
    predicted = Reconciler.standard().reconcile(docs);
  }

  static Set<String> pairs(List<Link> links) {
    Set<String> out = new HashSet<>();
    links.forEach(l -> out.add(l.a().compareTo(l.b()) < 0 ? l.a() + " " + l.b() : l.b() + " " + l.a()));
    return out;
  }

  static Set<String> conflicts(List<Conflict> cs) {
    Set<String> out = new HashSet<>();
    cs.forEach(c -> out.add(c.a() + " " + c.b() + " " + c.field()));
    return out;
  }

  static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.removeAll(b);
    return s;
  }

  static double f1(Set<String> p, Set<String> g) {
    Set<String> tp = new HashSet<>(p);
    tp.retainAll(g);
    return p.isEmpty() || g.isEmpty() ? 0 : 2.0 * tp.size() / (p.size() + g.size());
  }

  @Test
  void linksReachTheTarget() {
    Set<String> p = pairs(predicted.links());
    Set<String> g = pairs(gold.links());
    assertThat(f1(p, g)).as("link F1; predicted %s", p).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void theOneDateConflictIsFoundAndNothingElse() {
    assertThat(conflicts(predicted.conflicts())).isEqualTo(conflicts(gold.conflicts()));
    Conflict c = predicted.conflicts().get(0);
    assertThat(c.aValue()).isEqualTo("2004-08");
    assertThat(c.bValue()).isEqualTo("2004-09");
  }

  @Test
  void oneEventListingFourResolutionsLinksToFourDatedEvents() {
    assertThat(predicted.links()).filteredOn(l -> l.a().endsWith("#e3"))
        .extracting(Link::b)
        .containsExactlyInAnyOrder("003_fc7e0ff866001d66#e8", "003_fc7e0ff866001d66#e9",
            "003_fc7e0ff866001d66#e10", "003_fc7e0ff866001d66#e11");
  }

  @Test
  void theOrderOfDocumentsDoesNotChangeThePairs() {
    Alignment reversed = Reconciler.standard().reconcile(List.of(docs.get(1), docs.get(0)));
    assertThat(pairs(reversed.links())).isEqualTo(pairs(predicted.links()));
  }

  @Test
  void everyLinkCarriesItsScoreAndReasons() {
    assertThat(predicted.links()).allSatisfy(l -> {
      assertThat(l.score()).isBetween(Reconciler.DEFAULT_THRESHOLD, 1.0);
      assertThat(l.reasons()).isNotEmpty().first().asString().startsWith("type");
    });
  }
}
