package org.tarikh.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.DocumentResult;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.Fact;
import org.tarikh.store.FactQuery;
import org.tarikh.store.StoredDocument;

/**
 * The server's access to the store: one request at a time touches it (the store has one writer
 * and one connection), plus what every view needs from the language packs (direction and name of
 * a language) and the lookups from alignment references ({@code doc#e3}) to stored facts.
 */
final class Chronicle {
  private static final int ALL = 1_000_000;
  private final ChronicleStore store;
  private final LanguagePacks packs;

  Chronicle(ChronicleStore store, LanguagePacks packs) {
    this.store = store;
    this.packs = packs;
  }

  synchronized <T> T read(Function<ChronicleStore, T> work) {
    return work.apply(store);
  }

  /** Writing takes the same lock: the store is not meant for concurrent writers. */
  synchronized <T> T write(Function<ChronicleStore, T> work) {
    return work.apply(store);
  }

  LanguagePacks packs() {
    return packs;
  }

  /** {@code rtl} or {@code ltr}, from the language pack; {@code ltr} for a language without one. */
  String dir(String lang) {
    return lang != null && packs.contains(lang) ? packs.get(lang).direction() : "ltr";
  }

  String languageName(String lang) {
    return lang != null && packs.contains(lang) ? packs.get(lang).name() : String.valueOf(lang);
  }

  /** Every current document. */
  List<StoredDocument> documents() {
    return read(s -> s.documents(0, ALL));
  }

  /** Current facts (rejected ones too) of the given documents, by {@code doc#eventId}. */
  Map<String, Fact> factsByRef(java.util.Collection<String> docIds) {
    Map<String, Fact> out = new HashMap<>();
    for (String doc : docIds) {
      read(s -> s.query(FactQuery.all().withDoc(doc).withLimit(ALL).includingRejected(true)))
          .forEach(f -> out.put(f.docId() + "#" + f.eventId(), f));
    }
    return out;
  }

  /** A fact's evidence, cut from its document's text by its offsets when the store holds no copy. */
  String evidence(Fact f) {
    if (f.evidence() != null && !f.evidence().isBlank()) {
      return f.evidence();
    }
    String text = read(s -> s.document(f.docId())).map(org.tarikh.model.Document::text).orElse("");
    int[] cps = text.codePoints().toArray();
    int start = Math.min(f.evidenceStart(), cps.length);
    return new String(cps, start, Math.min(f.evidenceEnd(), cps.length) - start);
  }

  /** The current results of every document. */
  List<DocumentResult> results() {
    List<DocumentResult> out = new ArrayList<>();
    for (StoredDocument d : documents()) {
      read(s -> s.load(d.docId())).ifPresent(out::add);
    }
    return out;
  }
}
