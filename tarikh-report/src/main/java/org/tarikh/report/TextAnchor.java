package org.tarikh.report;

import java.util.Set;

/**
 * An empty element placed at an offset of the document view, the target of a link. Following it
 * selects (highlights) the evidence pieces whose {@code data-ev} holds one of {@code selects}.
 *
 * @param offset code point of the document where it stands
 * @param id its element id
 * @param selects evidence keys it selects (may be empty)
 */
record TextAnchor(int offset, String id, Set<String> selects) {
}
