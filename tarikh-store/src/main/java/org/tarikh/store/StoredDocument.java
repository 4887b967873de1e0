package org.tarikh.store;

/**
 * The current version of a stored document, as listed.
 *
 * @param docId document id
 * @param version its current version
 * @param lang language code
 * @param source where it was read from, or {@code null}
 * @param format {@code text}, {@code html}, {@code docx} or {@code pdf}
 * @param events how many facts it holds
 * @param ingestedAt when the version was stored (ISO instant)
 */
public record StoredDocument(String docId, int version, String lang, String source, String format, int events,
                             String ingestedAt) {
}
