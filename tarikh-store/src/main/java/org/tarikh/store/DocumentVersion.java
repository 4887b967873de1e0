package org.tarikh.store;

/**
 * One stored version of a document.
 *
 * @param docId document id
 * @param version 1, 2, ... in order of ingestion
 * @param current whether its facts are the document's current ones
 * @param contentHash SHA-256 of the text, hex
 * @param ingestedAt when (ISO instant)
 * @param ingestedBy who
 * @param events how many facts it holds
 */
public record DocumentVersion(String docId, int version, boolean current, String contentHash,
                              String ingestedAt, String ingestedBy, int events) {
}
