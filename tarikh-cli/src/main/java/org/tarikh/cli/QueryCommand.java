package org.tarikh.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.store.ChronicleStore;
import org.tarikh.store.Fact;
import org.tarikh.store.FactQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarikh query}: the stored facts about an entity (and/or of a type, in a period), in date
 * order, with their sources, as a table, JSON or CSV ({@link FactFormats}).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "List stored facts in date order with their sources.",
    footer = {"", "Example:", "  tarikh query --entity state:aze --from 1992 --to 2014 --format csv"})
public final class QueryCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  StoreOptions store;

  @Mixin
  FactFilterOptions filter;

  @Option(names = "--limit", defaultValue = "1000", description = "Most facts to list (default 1000).")
  int limit;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "Output format (default table).")
  FactFormats.Format format;

  @Override
  public Integer call() {
    if (!filter.any()) {
      throw new UsageException("say which facts: --entity, --type, --from/--to or --lang");
    }
    FactQuery q = new FactQuery(filter.entity, filter.type, filter.fromDay(), filter.toDay(), filter.lang, limit);
    List<Fact> facts;
    try (ChronicleStore chronicle = ChronicleStore.open(store.location())) {
      facts = chronicle.query(q);
    }
    FactFormats.write(facts, format, spec.commandLine().getOut());
    return 0;
  }
}
