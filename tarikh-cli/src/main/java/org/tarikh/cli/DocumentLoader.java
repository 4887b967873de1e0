package org.tarikh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.tarikh.formats.Formats;
import org.tarikh.io.DocumentReader;
import org.tarikh.io.ExtractedText;
import org.tarikh.io.InputException;
import org.tarikh.lang.LanguageGuesser;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.model.Document;

/**
 * Finds the documents under the paths a user gives and reads each into a {@link Document}:
 * format by content, language by script (or as forced), DCT as given. A file that cannot be used
 * is an {@link InputException} for that file alone.
 */
final class DocumentLoader {
  private static final int HEAD = 8192;

  private final LanguagePacks packs;
  private final LanguageGuesser guesser;
  private final String forcedLang; // null for auto
  private final LocalDate dct;
  private final long maxBytes;
  private final List<DocumentReader> readers = Formats.readers();

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

  /**
   * Expands files and directories (recursively, hidden files skipped, sorted) into files.
   * Paths that do not exist are returned in {@code missing}.
   */
  static List<Path> expand(List<Path> paths, List<String> missing) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        missing.add(p + ": no such file or directory");
      }
    }
    return files;
  }

  Document load(Path file) throws InputException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, String.format("is %.1f MB, over the limit of %d MB (raise it with --max-mb)",
            size / 1e6, maxBytes / 1_000_000));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file, "no such file");
    } catch (IOException e) {
      throw new InputException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    byte[] head = Arrays.copyOf(bytes, Math.min(HEAD, bytes.length));
    ExtractedText extracted = null;
    for (DocumentReader r : readers) {
      if (r.accepts(file, head)) {
        extracted = r.read(file, bytes);
        break;
      }
    }
    if (extracted == null) {
      throw new InputException(file, "no reader for this file");
    }
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
