package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.List;
import org.tarikh.model.DocInfo;
import org.tarikh.model.Document;
import org.tarikh.report.SourcedResult;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.search.SearchHit;
import org.tarikh.store.search.SearchRequest;

/**
 * The demo's last step: the samples' results go into a throw-away embedded store (deleted
 * afterwards), and one search shows that a name written in one script finds the facts of both
 * languages.
 */
final class DemoSearch {
  static final String QUERY = "UNESCO";
  private static final int SHOWN = 4;

  private DemoSearch() {
  }

  static void run(List<SourcedResult> documents, PrintWriter out) {
    try (ChronicleStore store = ChronicleStore.openTemporary()) {
      for (SourcedResult s : documents) {
        DocInfo d = s.result().doc();
        store.ingest(new Document(d.id(), d.lang(), s.text(), null, d.source(), d.format()), s.result());
      }
      List<SearchHit> hits = store.search(SearchRequest.of(QUERY).withLimit(20)).stream()
          .filter(h -> h.kind() == SearchHit.Kind.FACT).toList();
      out.printf("Search \"%s\" in a throw-away store (tarikh ingest / tarikh search keep one): %d facts%n",
          QUERY, hits.size());
      for (SearchHit h : hits.subList(0, Math.min(SHOWN, hits.size()))) {
        out.printf("  %s %s [%s] %s#%s %d-%d  %s%n", h.date(), h.type(), h.lang(), h.docId(), h.eventId(),
            h.start(), h.end(), shorten(h.text()));
      }
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "...";
  }
}
