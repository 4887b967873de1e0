package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.search.SearchHit;
import org.tarikh.store.search.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarikh search}: full-text search over the chronicle's facts, document sentences and
 * entity names, in either script. Prints one block per hit: what it is, its source document,
 * version and code-point offsets, then the evidence.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search facts, sentences and entity names in the chronicle (Arabic spellings normalized as in "
        + "extraction, English words stemmed).",
    footer = {"", "Examples:", "  tarikh search 'Security Council' --entity state:aze --from 1992 --to 2014",
        "  tarikh search اذربيجان --type ADMISSION", "  tarikh search --rebuild"})
public final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions store;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to find (all must match; quotes for a phrase).")
  String query;

  @Mixin
  FactFilterOptions filter;

  @Option(names = "--limit", defaultValue = "20", description = "Most hits to print (default 20).")
  int limit;

  @Option(names = "--rebuild", description = "Rebuild the search index from the database first.")
  boolean rebuild;

  @Override
  public Integer call() {
    if (query == null && !rebuild) {
      throw new UsageException("give a QUERY (or --rebuild)");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ChronicleStore chronicle = ChronicleStore.open(store.location())) {
      if (rebuild) {
        chronicle.rebuildIndex();
        if (!common.quiet) {
          spec.commandLine().getErr().println("search index rebuilt");
        }
      }
      if (query != null) {
        SearchRequest r = new SearchRequest(query, filter.entity, filter.type, filter.fromDay(), filter.toDay(),
            filter.lang, limit);
        print(chronicle.search(r), out);
      }
    }
    return 0;
  }

  private static void print(List<SearchHit> hits, PrintWriter out) {
    if (hits.isEmpty()) {
      out.println("no hits");
    }
    int i = 1;
    for (SearchHit h : hits) {
      out.println(String.format(Locale.ROOT, "%d. %s", i++, heading(h)));
      out.println("   " + h.text().replaceAll("\\s+", " ").strip());
    }
    out.flush();
  }

  private static String heading(SearchHit h) {
    return switch (h.kind()) {
      case FACT -> String.format(Locale.ROOT, "fact %s %s %s — %s@%d [%d,%d) %s", h.eventId(), h.type(), h.date(),
          h.docId(), h.version(), h.start(), h.end(), h.lang());
      case SENTENCE -> String.format(Locale.ROOT, "sentence — %s@%d [%d,%d) %s", h.docId(), h.version(), h.start(),
          h.end(), h.lang());
      case ENTITY -> "entity " + h.entityId() + " " + h.type();
    };
  }
}
