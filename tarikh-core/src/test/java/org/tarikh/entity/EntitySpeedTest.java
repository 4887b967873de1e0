package org.tarikh.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.text.AlignedText;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * Load time of the gazetteers and throughput of the entity stage alone (text layer excluded),
 * on the dev documents. Bounds are loose (shared CI machines); the figures are printed.
 */
class EntitySpeedTest {
  @Test
  void loadsQuicklyAndScansFast() throws IOException {
    LanguagePacks packs = LanguagePacks.standard();
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.load();
    NameTrie enTrie = PackNames.build(packs.get("en"), kb);
    NameTrie arTrie = PackNames.build(packs.get("ar"), kb);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf("gazetteer forms: en %d, ar %d%n", enTrie.size(), arTrie.size());
    EntityModel en = EntityModel.of(packs.get("en"));
    EntityModel ar = EntityModel.of(packs.get("ar"));
    double enRate = rate(en, "000_d2274c8ab08e79db");
    double arRate = rate(ar, "003_fc7e0ff866001d66");
    System.out.printf("entity load %.0f ms; en %.2f M cp/s; ar %.2f M cp/s%n", loadMs, enRate / 1e6, arRate / 1e6);
    assertThat(loadMs).isLessThan(3000);
    assertThat(Math.min(enRate, arRate)).isGreaterThan(300_000);
  }

  private static double rate(EntityModel model, String doc) throws IOException {
    String text = Files.readString(Path.of("..", "corpus", "dev", doc + ".txt"), StandardCharsets.UTF_8);
    AlignedText aligned = ScriptNormalizer.align(text);
    List<Token> tokens = Tokenizer.tokenize(aligned.normalized());
    for (int i = 0; i < 200; i++) {
      EntityStage.find(model, aligned, tokens);
    }
    int rounds = 300;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      EntityStage.find(model, aligned, tokens);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return text.codePointCount(0, text.length()) * (double) rounds / seconds;
  }
}
