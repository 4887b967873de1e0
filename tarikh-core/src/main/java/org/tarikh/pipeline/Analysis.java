package org.tarikh.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.lang.LanguagePack;
import org.tarikh.model.Document;
import org.tarikh.model.Span;
import org.tarikh.text.AlignedText;
import org.tarikh.text.ScriptNormalizer;
import org.tarikh.text.Sentence;
import org.tarikh.text.Token;
import org.tarikh.text.Tokenizer;

/**
 * The working state of one document while the pipeline runs: its text layer (normalized view,
 * tokens, sentences), its language pack and the layers stages have added. One per document and
 * per thread; never shared.
 */
public final class Analysis {
  private final Document document;
  private final LanguagePack pack;
  private final AlignedText text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final Map<Layer<?>, Object> layers = new HashMap<>();
  private Set<Layer<?>> writable = Set.of();

  public Analysis(Document document, LanguagePack pack) {
    this.document = document;
    this.pack = pack;
    this.text = ScriptNormalizer.align(document.text());
    this.tokens = Tokenizer.tokenize(text.normalized());
    this.sentences = pack.sentenceSplitter().split(document.text());
  }

  public Document document() {
    return document;
  }

  public LanguagePack pack() {
    return pack;
  }

  public AlignedText text() {
    return text;
  }

  /** Tokens of the normalized text. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Sentences as UTF-16 ranges of the original text. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The code-point span of a sentence. */
  public Span span(Sentence s) {
    return new Span(text.codePoints().toCodePoint(s.start()), text.codePoints().toCodePoint(s.end()));
  }

  /** The original text of a code-point span. */
  public String textOf(Span span) {
    return text.originalText(span);
  }

  /** The value of a layer a previous stage provided. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object v = layers.get(layer);
    if (v == null) {
      throw new IllegalStateException("layer '" + layer + "' has not been provided");
    }
    return (T) v;
  }

  public <T> T getOrDefault(Layer<T> layer, T fallback) {
    @SuppressWarnings("unchecked")
    T v = (T) layers.get(layer);
    return v == null ? fallback : v;
  }

  /** Adds a layer; only the running stage's declared layers may be written. */
  public <T> void put(Layer<T> layer, T value) {
    if (!writable.contains(layer)) {
      throw new IllegalStateException("layer '" + layer + "' is not declared by the running stage");
    }
    layers.put(layer, value);
  }

  void allowWriting(Set<Layer<?>> provides) {
    this.writable = provides;
  }
}
