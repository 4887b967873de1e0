package org.tarikh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a command line names. Folders are searched recursively (hidden files and folders
 * skipped, sorted); inside a folder only files that look like documents are taken (extensions
 * {@code txt text md html htm xhtml docx pdf}, or none), the others are {@code ignored} (so that
 * a corpus folder with its {@code gold/*.json} can be given as is). A file named explicitly is
 * always tried. Paths that do not exist, and files whose document id (name without extension)
 * repeats an earlier one, are {@code problems}: their output would overwrite each other.
 *
 * @param files the documents to read, in order
 * @param ignored files found in folders that are not documents
 * @param problems one message per path that cannot be used, naming it
 */
record InputFiles(List<Path> files, List<Path> ignored, List<String> problems) {
  static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml", "docx", "pdf");

  static InputFiles expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        for (Path f : walk(p)) {
          (looksLikeDocument(f) ? files : ignored).add(f);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.exists(p)) {
        problems.add(p + ": not a regular file");
      } else {
        problems.add(p + ": no such file or directory");
      }
    }
    return new InputFiles(withoutDuplicateIds(files, problems), ignored, problems);
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> !hidden(dir.relativize(f))).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(dir + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikeDocument(Path f) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static List<Path> withoutDuplicateIds(List<Path> files, List<String> problems) {
    Map<String, Path> seen = new HashMap<>();
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      Path first = seen.putIfAbsent(DocumentLoader.docId(f), f);
      if (first == null) {
        out.add(f);
      } else if (!first.equals(f)) {
        problems.add(f + ": same document id '" + DocumentLoader.docId(f) + "' as " + first
            + " (its result would overwrite the other's)");
      }
    }
    return out;
  }
}
