package org.tarikh.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tarikh.Tarikh;
import org.tarikh.align.Reconciler;
import org.tarikh.lang.LanguageGuesser;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.model.DocumentResult;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.store.ChronicleStore;

/**
 * Fills a store with the bundled samples ({@code corpus/dev/*.txt} of the repository): extracts
 * each with {@link Tarikh#standardPipeline(LanguagePacks)} and ingests it (unchanged ones are
 * skipped), then reconciles them with {@link Reconciler#standard()} and stores the alignment, so
 * the web chronicle has both lanes, links and conflicts to show (among them the real one of the
 * two texts: the month of an appointment). Used by {@code tarikh serve --demo} and the server's tests.
 */
public final class DemoData {
  private DemoData() {
  }

  /** Loads every {@code *.txt} of {@code folder}; returns the document ids. */
  public static List<String> load(ChronicleStore store, Path folder) throws IOException {
    LanguagePacks packs = LanguagePacks.standard();
    LanguageGuesser guesser = new LanguageGuesser(packs);
    Pipeline pipeline = Tarikh.standardPipeline(packs);
    List<DocumentResult> results = new ArrayList<>();
    for (Path f : texts(folder)) {
      String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
      String name = f.getFileName().toString();
      String lang = guesser.guess(text).orElseThrow(() -> new IOException(f + ": cannot tell its language"));
      Document doc = new Document(name.substring(0, name.length() - 4), lang, text, null, name, "text");
      store.ingest(doc, pipeline);
      results.add(store.load(doc.id()).orElseThrow(() -> new IOException(f + ": not stored")));
    }
    store.storeAlignment(Reconciler.standard().reconcile(results));
    return results.stream().map(r -> r.doc().id()).toList();
  }

  private static List<Path> texts(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> out = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (out.isEmpty()) {
        throw new IOException(folder + " has no *.txt documents");
      }
      return out;
    }
  }
}
