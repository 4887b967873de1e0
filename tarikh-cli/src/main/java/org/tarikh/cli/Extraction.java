package org.tarikh.cli;

import java.nio.file.Path;
import org.tarikh.Tarikh;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;
import org.tarikh.pipeline.Pipeline;
import org.tarikh.report.SourcedResult;

/**
 * Runs the standard pipeline on document files named on a command line, read as the
 * {@link InputOptions} say. The loader and pipeline are built on the first document, so a command
 * given only {@code tarikh/1} results neither builds them nor checks {@code --lang}.
 */
final class Extraction {
  private final InputOptions options;
  private DocumentLoader loader;
  private Pipeline pipeline;

  Extraction(InputOptions options) {
    this.options = options;
  }

  /** The result of one document file, with the text its offsets refer to. */
  SourcedResult run(Path file) throws InputException {
    if (loader == null) {
      LanguagePacks packs = LanguagePacks.standard();
      loader = options.loader(packs);
      pipeline = Tarikh.standardPipeline(packs);
    }
    Document d = loader.load(file);
    return new SourcedResult(pipeline.run(d), d.text());
  }
}
