package org.tarikh.store.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tarikh.text.ScriptNormalizer;

/**
 * Lucene analysis with extraction's own normalization: every text (indexed or queried) first goes
 * through {@link ScriptNormalizer#normalize}, so أذربيجان، اذربيجان and آذربيجان are one term,
 * and Arabic-Indic digits are ASCII digits. The exact form then tokenizes and lower-cases; the
 * stemmed form also drops stop words and stems. Stemming is chosen by script, never by language:
 * the Porter stemmer only rewrites Latin endings and Lucene's Arabic light stemmer only Arabic
 * affixes, so one chain serves every document. The stop lists (Lucene's English and Arabic
 * defaults) are normalized like the text, so their hamza and ta-marbuta forms still match.
 */
final class ScriptAnalyzer extends Analyzer {
  private static final CharArraySet STOP_WORDS = normalizedStopWords();

  private final boolean stem;

  private ScriptAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** Normalized, tokenized, lower case: for exact words and names. */
  static ScriptAnalyzer exact() {
    return new ScriptAnalyzer(false);
  }

  /** Normalized, stop words removed, stemmed (English Porter, Arabic light stemming). */
  static ScriptAnalyzer stemmed() {
    return new ScriptAnalyzer(true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    if (stem) {
      result = new EnglishPossessiveFilter(result);
      result = new StopFilter(result, STOP_WORDS);
      result = new PorterStemFilter(result);
      result = new ArabicStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normalized(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return normalized(reader);
  }

  private static Reader normalized(Reader reader) {
    try {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
        b.append(buf, 0, n);
      }
      return new StringReader(ScriptNormalizer.normalize(b.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharArraySet normalizedStopWords() {
    CharArraySet out = new CharArraySet(512, false);
    for (CharArraySet set : new CharArraySet[] {EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
        ArabicAnalyzer.getDefaultStopSet()}) {
      for (Object word : set) {
        out.add(ScriptNormalizer.normalize(new String((char[]) word)));
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }
}
