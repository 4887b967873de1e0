package org.tarikh.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tarikh.text.SentenceSplitter;

/**
 * Everything Tarikh knows about one language, as data: a folder {@code lang/<iso>/} with a
 * {@code pack.properties} and resource files (TSV with source and licence headers). Files are
 * read once, on first use, and validated then; compiled models that stages build from them are
 * cached here too ({@link #model}), so each is built once per pack and shared by all threads.
 */
public final class LanguagePack {
  /** Where the pack's files come from (the classpath or a folder). */
  interface Source {
    InputStream open(String relativePath) throws IOException;

    String describe(String relativePath);

    /** Relative paths of every file of the pack, sorted ({@code /}-separated). */
    List<String> list() throws IOException;
  }

  private final String code;
  private final Properties props;
  private final Source source;
  private final Map<String, TsvTable> tables = new ConcurrentHashMap<>();
  private final Map<Object, Object> models = new ConcurrentHashMap<>();

  LanguagePack(String code, Properties props, Source source) {
    this.code = code;
    this.props = props;
    this.source = source;
    for (String key : List.of("name", "direction", "scripts")) {
      if (props.getProperty(key, "").isBlank()) {
        throw new ResourceException(source.describe("pack.properties"), 0, "missing '" + key + "'");
      }
    }
    String dir = direction();
    if (!dir.equals("ltr") && !dir.equals("rtl")) {
      throw new ResourceException(source.describe("pack.properties"), 0,
          "direction must be ltr or rtl, not '" + dir + "'");
    }
  }

  /** ISO 639-1 code. */
  public String code() {
    return code;
  }

  /** English name of the language. */
  public String name() {
    return props.getProperty("name");
  }

  /** {@code ltr} or {@code rtl}. */
  public String direction() {
    return props.getProperty("direction").strip();
  }

  /** ISO 15924 script codes the language is written in ({@code Latn}, {@code Arab}). */
  public Set<String> scripts() {
    Set<String> out = new HashSet<>();
    for (String s : props.getProperty("scripts").split("[,\\s]+")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  public String property(String key, String fallback) {
    return props.getProperty(key, fallback);
  }

  public boolean has(String relativePath) {
    try (InputStream in = source.open(relativePath)) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Human-readable location of one of the pack's files, for messages. */
  public String describe(String relativePath) {
    return source.describe(relativePath);
  }

  /** Relative paths of every file in the pack's folder (subfolders included), sorted. */
  public List<String> files() {
    try {
      return source.list();
    } catch (IOException e) {
      throw new ResourceException(source.describe(""), 0, "cannot be listed: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and validates every TSV resource of the pack (source and licence headers, header row,
   * no row with more cells than columns) and returns one error per broken file, naming file and
   * line; an empty list when all are valid. Files already read are not read again.
   */
  public List<ResourceException> validate() {
    List<ResourceException> errors = new java.util.ArrayList<>();
    for (String f : files()) {
      if (f.endsWith(".tsv")) {
        try {
          table(f);
        } catch (ResourceException e) {
          errors.add(e);
        }
      }
    }
    return errors;
  }

  /** A TSV resource of the pack, read and checked once. */
  public TsvTable table(String relativePath, String... requiredColumns) {
    TsvTable t = tables.computeIfAbsent(relativePath, this::load);
    for (String c : requiredColumns) {
      if (!t.columns().contains(c)) {
        throw new ResourceException(t.file(), 0, "missing column '" + c + "' (has " + t.columns() + ")");
      }
    }
    return t;
  }

  /** Like {@link #table} but an absent file is an empty optional instead of an error. */
  public java.util.Optional<TsvTable> optionalTable(String relativePath, String... requiredColumns) {
    return has(relativePath) ? java.util.Optional.of(table(relativePath, requiredColumns))
        : java.util.Optional.empty();
  }

  private TsvTable load(String relativePath) {
    String where = source.describe(relativePath);
    try {
      InputStream in = source.open(relativePath);
      if (in == null) {
        throw new ResourceException(where, 0, "not found in language pack '" + code + "'");
      }
      try (in) {
        return TsvTable.parse(where, new InputStreamReader(in, StandardCharsets.UTF_8), Set.of());
      }
    } catch (IOException e) {
      throw new ResourceException(where, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * A model compiled from this pack's data, built on first request by {@code factory} and
   * shared afterwards. {@code key} is usually the stage's model class.
   */
  @SuppressWarnings("unchecked")
  public <T> T model(Object key, Function<LanguagePack, T> factory) {
    Object m = models.get(key);
    if (m == null) {
      m = factory.apply(this);
      Object prev = models.putIfAbsent(key, m);
      if (prev != null) {
        m = prev;
      }
    }
    return (T) m;
  }

  /** Abbreviations that do not end a sentence (file {@code abbreviations.tsv}, optional). */
  public Set<String> abbreviations() {
    Set<String> out = new HashSet<>();
    optionalTable("abbreviations.tsv", "abbreviation").ifPresent(t -> t.rows().forEach(r ->
        out.add(org.tarikh.text.ScriptNormalizer.normalize(r.require("abbreviation"))
            .toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))));
    return out;
  }

  public SentenceSplitter sentenceSplitter() {
    return model(SentenceSplitter.class, p -> new SentenceSplitter(p.code(), p.abbreviations()));
  }

  @Override
  public String toString() {
    return code + " (" + name() + ")";
  }
}
