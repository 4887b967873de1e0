package org.tarikh.lang;

import java.util.HashMap;
import java.util.Map;
import org.tarikh.text.ScriptNormalizer;

/**
 * The number words of a language, written once in its pack's {@code timex/lexicon.tsv} (rows of
 * class {@code NUM}: cardinals, {@code ORD}: ordinals, {@code SCALE}: large multipliers such as
 * "million") and shared by every stage that reads numbers in words. A cardinal that is a power of
 * ten from a hundred up ("hundred", "ألف") multiplies what precedes it, like a scale word.
 * Surfaces are normalized like the text; only one-word surfaces are kept (a stage looks words up
 * one token at a time). Immutable; built once per pack via {@link LanguagePack#model}.
 */
public final class NumberWords {
  /** How a number word combines with its neighbours. */
  public enum Kind {
    CARDINAL, ORDINAL, SCALE
  }

  /** A number word's value and kind. */
  public record Word(long value, Kind kind) {
  }

  private static final String FILE = "timex/lexicon.tsv";

  private final Map<String, Word> words;

  private NumberWords(Map<String, Word> words) {
    this.words = Map.copyOf(words);
  }

  /** The number words of a pack (cached in the pack). */
  public static NumberWords of(LanguagePack pack) {
    return pack.model(NumberWords.class, NumberWords::load);
  }

  private static NumberWords load(LanguagePack pack) {
    Map<String, Word> out = new HashMap<>();
    for (TsvTable.Row r : pack.table(FILE, "surface", "class", "value").rows()) {
      Kind kind = switch (r.require("class")) {
        case "NUM" -> Kind.CARDINAL;
        case "ORD" -> Kind.ORDINAL;
        case "SCALE" -> Kind.SCALE;
        default -> null;
      };
      String surface = ScriptNormalizer.normalize(r.require("surface").strip());
      if (kind == null || surface.chars().anyMatch(c -> Character.isWhitespace(c) || c == '-')) {
        continue;
      }
      long value;
      try {
        value = Long.parseLong(r.require("value"));
      } catch (NumberFormatException e) {
        throw r.error("value '" + r.get("value") + "' of a number word is not a whole number");
      }
      out.putIfAbsent(surface, new Word(value, kind == Kind.CARDINAL && multiplies(value) ? Kind.SCALE : kind));
    }
    return new NumberWords(out);
  }

  private static boolean multiplies(long value) {
    long v = value;
    while (v >= 10 && v % 10 == 0) {
      v /= 10;
    }
    return value >= 100 && v == 1;
  }

  /** The number word spelled {@code normalized}, or {@code null}. */
  public Word get(String normalized) {
    return words.get(normalized);
  }
}
