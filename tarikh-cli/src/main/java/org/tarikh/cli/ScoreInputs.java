package org.tarikh.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tarikh.eval.ScoredDocument;
import org.tarikh.io.FactsJson;
import org.tarikh.io.InputException;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;

/**
 * What {@code tarikh score} reads: every {@code tarikh/1} file of the gold folder (not its
 * subfolders) with the prediction {@code <docid>.json} of the prediction folder, the document
 * text from the corpus folder (to resolve gold spans given as text + occurrence), and the
 * {@code tarikh/1-align} files of both folders (several are merged).
 */
record ScoreInputs(List<ScoredDocument> documents, Alignment goldAlignment, Alignment predAlignment) {
  private static final long MAX_TEXT_BYTES = 200_000_000L;

  /** Reads the folders; {@code warn} receives notes such as a document without prediction. */
  static ScoreInputs read(Path corpus, Path gold, Path pred, Consumer<String> warn) throws InputException {
    requireFolder(gold, "--gold");
    requireFolder(pred, "--pred");
    if (corpus != null) {
      requireFolder(corpus, "--corpus");
    }
    List<ScoredDocument> docs = new ArrayList<>();
    List<Alignment> goldAligns = new ArrayList<>();
    for (Path f : jsonFiles(gold)) {
      JsonNode root = tree(f);
      if (Alignment.SCHEMA.equals(root.path("schema").asText())) {
        goldAligns.add(alignment(f));
      } else {
        DocumentResult g = result(root, f, corpusText(corpus, idOf(root, f)));
        docs.add(predictionFor(g, pred, corpus, warn));
      }
    }
    if (docs.isEmpty()) {
      throw new InputException(gold, "has no gold document (no *.json file with schema tarikh/1)");
    }
    java.util.Set<String> goldIds = new java.util.HashSet<>();
    docs.forEach(d -> goldIds.add(d.id()));
    List<Alignment> predAligns = new ArrayList<>();
    for (Path f : jsonFiles(pred)) {
      if (Alignment.SCHEMA.equals(tree(f).path("schema").asText())) {
        predAligns.add(alignment(f));
      } else if (!goldIds.contains(DocumentLoader.docId(f))) {
        warn.accept("prediction " + f + " has no gold document; not scored");
      }
    }
    return new ScoreInputs(docs, Alignment.merge(goldAligns), Alignment.merge(predAligns));
  }

  private static ScoredDocument predictionFor(DocumentResult g, Path predDir, Path corpus,
                                              Consumer<String> warn) throws InputException {
    Path p = predDir.resolve(g.doc().id() + ".json");
    if (!Files.isRegularFile(p)) {
      warn.accept("no prediction " + p + " for gold document " + g.doc().id() + "; scored as empty");
      return ScoredDocument.unpredicted(g);
    }
    return new ScoredDocument(g, result(tree(p), p, corpusText(corpus, g.doc().id())));
  }

  private static DocumentResult result(JsonNode root, Path file, Optional<String> text) throws InputException {
    try {
      return FactsJson.readResult(root, text.orElse(null), file.toString());
    } catch (IllegalArgumentException e) {
      String hint = text.isEmpty() ? " (give --corpus with the document's text to resolve text+occurrence spans)" : "";
      throw new InputException(file, stripWhere(e.getMessage(), file) + hint, e);
    }
  }

  private static String stripWhere(String message, Path file) {
    String prefix = file + ": ";
    return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String idOf(JsonNode root, Path file) {
    String id = root.path("doc").path("id").asText("");
    return id.isEmpty() ? DocumentLoader.docId(file) : id;
  }

  /** The text of document {@code id} in the corpus folder: a file named {@code id.*}, .txt first. */
  static Optional<String> corpusText(Path corpus, String id) throws InputException {
    if (corpus == null) {
      return Optional.empty();
    }
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus)) {
      s.filter(Files::isRegularFile).filter(f -> DocumentLoader.docId(f).equals(id)
          && !f.getFileName().toString().endsWith(".json")).sorted().forEach(candidates::add);
    } catch (IOException e) {
      throw new InputException(corpus, "cannot be listed (" + e.getMessage() + ")", e);
    }
    candidates.sort((a, b) -> Boolean.compare(!a.toString().endsWith(".txt"), !b.toString().endsWith(".txt")));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TextFiles.read(candidates.get(0), MAX_TEXT_BYTES).text());
  }

  private static List<Path> jsonFiles(Path dir) throws InputException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir, "cannot be listed (" + e.getMessage() + ")", e);
    }
  }

  private static JsonNode tree(Path f) throws InputException {
    try {
      return FactsJson.mapper().readTree(f.toFile());
    } catch (JacksonException e) {
      throw new InputException(f, "is not valid JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new InputException(f, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Alignment alignment(Path f) throws InputException {
    try {
      return FactsJson.readAlignment(f);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(f, stripWhere(e.getMessage(), f), e);
    }
  }

  private static void requireFolder(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(option + " " + dir + " is not a folder");
    }
  }
}
