package org.tarikh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.tarikh.lang.LanguagePacks;
import org.tarikh.lang.UnknownLanguageException;
import org.tarikh.model.Timex;
import org.tarikh.timex.PhraseNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tarikh normalize}: reads one phrase per line from standard input and prints one JSON
 * object per line, {@code {"phrase":…, "type":…, "value":…}} ({@code null}s when nothing is
 * found). The work is done by {@link PhraseNormalizer}.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
    description = "Normalize one temporal phrase per line from standard input; print one JSON object per line.")
public final class NormalizeCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", required = true, paramLabel = "en|ar", description = "Language of the phrases.")
  String lang;

  @Option(names = "--ref", paramLabel = "TIME",
      description = "Reference time, e.g. 2013-02-12T04:30:00-02:00 or 2013-02-12T04:30 (default: none; relative phrases stay underspecified).")
  String ref;

  @Override
  public Integer call() throws IOException {
    PhraseNormalizer normalizer;
    try {
      normalizer = new PhraseNormalizer(LanguagePacks.standard().get(lang));
    } catch (UnknownLanguageException e) {
      throw new UsageException(e.getMessage());
    }
    LocalDateTime reference = parseRef(ref);
    ObjectMapper json = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      Timex t = normalizer.normalize(line, reference);
      ObjectNode o = json.createObjectNode();
      o.put("phrase", line);
      o.put("type", t == null ? null : t.type().name());
      o.put("value", t == null ? null : t.value());
      out.println(json.writeValueAsString(o));
    }
    out.flush();
    return 0;
  }

  static LocalDateTime parseRef(String ref) {
    if (ref == null) {
      return null;
    }
    try {
      return ref.length() > 19 ? OffsetDateTime.parse(ref).toLocalDateTime() : LocalDateTime.parse(ref);
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(ref).atStartOfDay();
      } catch (DateTimeParseException e2) {
        throw new UsageException("--ref must be a time like 2013-02-12T04:30:00-02:00, not '" + ref + "'");
      }
    }
  }
}
