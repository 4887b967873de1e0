package org.tarikh.store;

/**
 * What ingesting one document did.
 *
 * @param docId the document id
 * @param status what happened
 * @param version the version now current (0 when the document failed before being stored)
 * @param message why it failed, else {@code null}
 */
public record IngestOutcome(String docId, Status status, int version, String message) {
  /** Kinds of outcome. */
  public enum Status {
    /** First version of a document stored. */
    ADDED,
    /** The content changed: a new version is current, the old one kept as history. */
    NEW_VERSION,
    /** The same content is already current: nothing was written. */
    UNCHANGED,
    /** Nothing of this document was written (its transaction rolled back). */
    FAILED
  }

  public static IngestOutcome failed(String docId, String message) {
    return new IngestOutcome(docId, Status.FAILED, 0, message);
  }
}
