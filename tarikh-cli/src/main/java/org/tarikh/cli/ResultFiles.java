package org.tarikh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tarikh.io.FactsJson;
import org.tarikh.model.DocumentResult;

/** Reads {@code tarikh/1} result files given on a command line, with usage errors that name the file. */
final class ResultFiles {
  private ResultFiles() {
  }

  static boolean isJson(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  static DocumentResult read(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException(p + ": no such file");
    }
    JsonNode root;
    try {
      root = FactsJson.mapper().readTree(p.toFile());
    } catch (IOException e) {
      throw new UsageException(p + ": not valid JSON (" + e.getMessage() + ")");
    }
    String schema = root.path("schema").asText("");
    if (!schema.equals(DocumentResult.SCHEMA)) {
      throw new UsageException(p + ": schema is '" + schema + "', expected '" + DocumentResult.SCHEMA
          + "' (a result of 'tarikh extract')");
    }
    if (root.path("doc").path("id").asText("").isEmpty()) {
      throw new UsageException(p + ": no doc.id");
    }
    try {
      return FactsJson.readResult(root, null, p.toString());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
