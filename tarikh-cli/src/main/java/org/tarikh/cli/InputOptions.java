package org.tarikh.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tarikh.lang.LanguagePacks;
import picocli.CommandLine.Option;

/**
 * How the commands that read documents read them: {@code --lang}, {@code --dct} and
 * {@code --max-mb}, turned into a {@link DocumentLoader} (a usage error names a bad value).
 */
final class InputOptions {
  @Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|en|ar",
      description = "Language of the documents (default: detected per document, from its HTML lang "
          + "attribute or its script).")
  String lang;

  @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
      description = "Document creation time, to resolve 'today', 'last year' ...")
  String dct;

  @Option(names = "--max-mb", defaultValue = "25", paramLabel = "MB",
      description = "Largest document read, in MB (default ${DEFAULT-VALUE}); larger files are refused.")
  int maxMb;

  /** The loader these options describe. */
  DocumentLoader loader(LanguagePacks packs) {
    if (maxMb < 1) {
      throw new UsageException("--max-mb must be at least 1");
    }
    return new DocumentLoader(packs, lang, dct(), maxMb * 1_000_000L);
  }

  /** The {@code --dct} date, or {@code null} when none is given. */
  LocalDate dct() {
    if (dct == null) {
      return null;
    }
    try {
      return LocalDate.parse(dct);
    } catch (DateTimeParseException e) {
      throw new UsageException("--dct must be a date like 2021-09-24, not '" + dct + "'");
    }
  }
}
