package org.tarikh.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tarikh.io.FactsJson;
import org.tarikh.io.InputException;
import org.tarikh.model.Alignment;
import org.tarikh.model.DocumentResult;
import org.tarikh.report.SourcedResult;

/**
 * What {@code tarikh report} reads from its paths: documents (extracted with the pipeline),
 * {@code tarikh/1} results and {@code tarikh/1-align} alignments ({@code *.json}, told apart by
 * their {@code schema}). A folder gives its documents, or its JSON files when it has no document.
 * A result's text is the one it carries (HTML, DOCX, PDF input), else {@code <docid>.*} of the
 * {@code --corpus} folder, else the file its {@code doc.source} names (as given, then relative to
 * the result's folder).
 *
 * @param documents the lanes, in the order given
 * @param alignments every alignment file read
 */
record ReportSources(List<SourcedResult> documents, List<Alignment> alignments) {
  private static final long MAX_TEXT_BYTES = 200_000_000L;

  static ReportSources read(List<Path> paths, Path corpus, Extraction extraction) throws InputException {
    List<SourcedResult> documents = new ArrayList<>();
    List<Alignment> alignments = new ArrayList<>();
    for (Path p : paths) {
      InputFiles found = InputFiles.expand(List.of(p));
      if (!found.problems().isEmpty()) {
        throw new UsageException(found.problems().get(0));
      }
      List<Path> files = found.files().isEmpty() ? jsonFiles(found.ignored()) : found.files();
      for (Path f : files) {
        if (isJson(f)) {
          readJson(f, corpus, documents, alignments);
        } else {
          documents.add(extraction.run(f));
        }
      }
    }
    return new ReportSources(documents, alignments);
  }

  private static void readJson(Path f, Path corpus, List<SourcedResult> documents,
                               List<Alignment> alignments) throws InputException {
    JsonNode root = tree(f);
    String schema = root.path("schema").asText("");
    try {
      if (schema.equals(Alignment.SCHEMA)) {
        alignments.add(FactsJson.readAlignment(f));
      } else if (schema.equals(DocumentResult.SCHEMA)) {
        String text = text(root, f, corpus);
        documents.add(new SourcedResult(FactsJson.readResult(root, text, f.toString()), text));
      } else {
        throw new InputException(f, "has schema '" + schema + "'; expected " + DocumentResult.SCHEMA
            + " (a result) or " + Alignment.SCHEMA + " (an alignment)");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(f, e.getMessage(), e);
    }
  }

  private static String text(JsonNode root, Path file, Path corpus) throws InputException {
    if (root.hasNonNull("text")) {
      return root.get("text").asText();
    }
    String id = root.path("doc").path("id").asText(DocumentLoader.docId(file));
    Optional<String> fromCorpus = ScoreInputs.corpusText(corpus, id);
    if (fromCorpus.isPresent()) {
      return fromCorpus.get();
    }
    String source = root.path("doc").path("source").asText(null);
    if (source != null) {
      Path parent = file.toAbsolutePath().getParent();
      for (Path candidate : List.of(Path.of(source), parent.resolve(source))) {
        if (Files.isRegularFile(candidate)) {
          return TextFiles.read(candidate, MAX_TEXT_BYTES).text();
        }
      }
    }
    throw new InputException(file, "cannot find the text of document '" + id + "': the result does not "
        + "carry it" + (source == null ? "" : " and its source " + source + " is not a file")
        + "; give --corpus DIR with " + id + ".txt");
  }

  private static List<Path> jsonFiles(List<Path> files) {
    return files.stream().filter(ReportSources::isJson).toList();
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static JsonNode tree(Path f) throws InputException {
    try {
      return FactsJson.mapper().readTree(f.toFile());
    } catch (JacksonException e) {
      throw new InputException(f, "is not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new InputException(f, "cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
