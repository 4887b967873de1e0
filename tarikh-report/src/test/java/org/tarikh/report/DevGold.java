package org.tarikh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.io.FactsJson;
import org.tarikh.model.Alignment;

/** The bundled dev corpus with its gold, as report input (independent of the extractor). */
final class DevGold {
  static final Path CORPUS = Path.of("..", "corpus", "dev");
  static final List<String> IDS = List.of("000_d2274c8ab08e79db", "003_fc7e0ff866001d66");

  private DevGold() {
  }

  static String text(String id) throws IOException {
    return Files.readString(CORPUS.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  static List<SourcedResult> documents() throws IOException {
    List<SourcedResult> out = new ArrayList<>();
    for (String id : IDS) {
      String text = text(id);
      out.add(new SourcedResult(
          FactsJson.readResult(CORPUS.resolve("gold/resolved/" + id + ".json"), text), text));
    }
    return out;
  }

  static Alignment alignment() throws IOException {
    return FactsJson.readAlignment(CORPUS.resolve("gold/align.json"));
  }

  static ChronicleInput input() throws IOException {
    return new ChronicleInput(documents(), alignment());
  }
}
