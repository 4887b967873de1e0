package org.tarikh.store;

import java.util.List;
import java.util.Map;

/**
 * An editor's verdict on a fact. A correction's non-null parts replace the extracted ones when
 * facts are read; {@code null} keeps the extracted value.
 *
 * @param verdict accepted as extracted, corrected, or rejected
 * @param date corrected TIMEX3 date, or {@code null}
 * @param args corrected roles (role to entity ids), or {@code null}
 * @param attrs corrected attributes, or {@code null}
 * @param note the editor's reason, or {@code null}
 * @param actor who reviewed (filled by the store)
 * @param at when, ISO instant (filled by the store)
 */
public record Review(Verdict verdict, String date, Map<String, List<String>> args, Map<String, Object> attrs,
                     String note, String actor, String at) {
  /** What an editor decided. */
  public enum Verdict { ACCEPTED, CORRECTED, REJECTED }

  public static Review accept(String note) {
    return new Review(Verdict.ACCEPTED, null, null, null, note, null, null);
  }

  public static Review reject(String note) {
    return new Review(Verdict.REJECTED, null, null, null, note, null, null);
  }

  public static Review correct(String date, Map<String, List<String>> args, Map<String, Object> attrs, String note) {
    return new Review(Verdict.CORRECTED, date, args, attrs, note, null, null);
  }

  Review by(String who, String when) {
    return new Review(verdict, date, args, attrs, note, who, when);
  }
}
