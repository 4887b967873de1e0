package org.tarikh.report;

import org.tarikh.entity.MentionSearch;
import org.tarikh.lang.LanguagePack;
import org.tarikh.lang.LanguagePacks;

/**
 * One document's column of the chronicle. Its writing direction and language name come from the
 * document's language pack ({@link LanguagePack#direction()}); a language without a pack is shown
 * left to right under its code.
 *
 * @param index position of the lane, from 0, in the order the documents were given
 * @param source the result and its text
 * @param lang ISO 639-1 code (the {@code lang} attribute of the lane)
 * @param dir {@code ltr} or {@code rtl} (the {@code dir} attribute of the lane)
 * @param languageName English name of the language
 * @param search literal search in the document text
 * @param mentions where the document names each of its entities
 */
record Lane(int index, SourcedResult source, String lang, String dir, String languageName,
            TextSearch search, MentionIndex mentions) {

  static Lane of(int index, SourcedResult source, LanguagePacks packs) {
    String lang = source.result().doc().lang();
    TextSearch search = new TextSearch(source.text());
    if (lang != null && packs.contains(lang)) {
      LanguagePack pack = packs.get(lang);
      MentionIndex mentions = new MentionIndex(source.result(), source.text(), MentionSearch.of(pack));
      return new Lane(index, source, lang, pack.direction(), pack.name(), search, mentions);
    }
    String code = lang == null || lang.isBlank() ? "und" : lang;
    MentionIndex mentions = new MentionIndex(source.result(), source.text(), MentionSearch.plain());
    return new Lane(index, source, code, "ltr", code, search, mentions);
  }

  String docId() {
    return source.docId();
  }

  /** What a reader calls the lane: {@code English · 000_d2274c8ab08e79db}. */
  String title() {
    return languageName + " · " + docId();
  }
}
