package org.tarikh.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguageGuesser;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;

/**
 * Reads one input file into a {@link Document}: text by {@link TextFiles} (format by name or
 * content), language as forced by {@code --lang}, else as the file declares (HTML {@code lang}),
 * else guessed from its script; DCT as given. A file that cannot be used is an
 * {@link InputException} for that file alone. Thread-safe.
 */
final class DocumentLoader {
  private final LanguagePacks packs;
  private final LanguageGuesser guesser;
  private final String forcedLang; // null for auto
  private final LocalDate dct;
  private final long maxBytes;

  DocumentLoader(LanguagePacks packs, String lang, LocalDate dct, long maxBytes) {
    this.packs = packs;
    this.guesser = new LanguageGuesser(packs);
    this.forcedLang = lang == null || lang.equals("auto") ? null : lang;
    this.dct = dct;
    this.maxBytes = maxBytes;
    if (forcedLang != null && !packs.contains(forcedLang)) {
      throw new UsageException("unknown --lang '" + lang + "' (available: auto, "
          + String.join(", ", packs.codes()) + ")");
    }
  }

  Document load(Path file) throws InputException {
    ExtractedText extracted = TextFiles.read(file, maxBytes);
    String lang = forcedLang;
    if (lang == null && extracted.langHint() != null && packs.contains(extracted.langHint())) {
      lang = extracted.langHint();
    }
    if (lang == null) {
      lang = guesser.guess(extracted.text()).orElseThrow(() -> new InputException(file,
          "cannot tell its language (no letters of a known script); give --lang"));
    }
    return new Document(docId(file), lang, extracted.text(), dct, file.toString(), extracted.format());
  }

  static String docId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
