package org.tarikh.timex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.pipeline.Analysis;
import org.tarikh.model.Document;
import org.tarikh.text.AlignedText;
import org.tarikh.text.Token;

/**
 * Not a test: measures the timex stage alone (code points per second on one thread, over
 * already-normalized and tokenized documents) and the time to load and compile the resources.
 * Run: {@code java -cp tarikh-core/target/classes:tarikh-core/target/test-classes:<deps>
 * org.tarikh.timex.TimexBenchmark corpus/dev/*.txt}.
 */
public final class TimexBenchmark {
  private TimexBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    LanguagePacks packs = LanguagePacks.standard();
    long t0 = System.nanoTime();
    TimexModel en = TimexModel.of(packs.get("en"));
    TimexModel ar = TimexModel.of(packs.get("ar"));
    System.out.printf("load+compile en+ar: %.1f ms (%d + %d rules)%n", (System.nanoTime() - t0) / 1e6,
        en.ruleCount(), ar.ruleCount());
    List<Analysis> docs = new ArrayList<>();
    long cps = 0;
    for (String a : args) {
      String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
      String lang = text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ar" : "en";
      docs.add(new Analysis(Document.of(a, lang, text), packs.get(lang)));
      cps += text.codePointCount(0, text.length());
    }
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      long done = 0;
      int found = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        for (Analysis d : docs) {
          AlignedText text = d.text();
          List<Token> tokens = d.tokens();
          found += new TimexRecognizer(TimexModel.of(d.pack())).recognize(text, tokens, null).size();
        }
        done += cps;
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %.0f code points/s (%d timexes), heap used %d MB%n", round,
          done / secs, found, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }
}
