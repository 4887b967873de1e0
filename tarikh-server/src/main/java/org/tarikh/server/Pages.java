package org.tarikh.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Page links of list answers: {@code offset}, {@code limit} and {@code next} (null on the last page). */
final class Pages {
  private Pages() {
  }

  static void link(ObjectNode out, int offset, int limit, int returned) {
    out.put("offset", offset);
    out.put("limit", limit);
    if (returned == limit) {
      out.put("next", offset + limit);
    } else {
      out.putNull("next");
    }
  }
}
