package org.tarikh.store.db;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Checks that every stored version holds all of its facts: the counts recorded with the version
 * (in the same transaction as the facts) must equal the rows present. A version is complete
 * or absent after any crash, so a mismatch means corruption, not an interrupted ingest.
 */
public final class IntegrityCheck {
  private static final String[][] COUNTS = {
      {"n_timexes", "timex"}, {"n_entities", "doc_entity"}, {"n_mentions", "mention"}, {"n_events", "event"},
      {"n_args", "event_arg"}, {"n_attrs", "event_attr"}, {"n_findings", "finding"}};

  private IntegrityCheck() {
  }

  /** One line per problem; empty when the store is consistent. */
  public static List<String> problems(Handle h) {
    List<String> out = new ArrayList<>();
    for (String[] c : COUNTS) {
      String sql = "SELECT v.version_id, v." + c[0] + ", (SELECT COUNT(*) FROM " + c[1]
          + " x WHERE x.version_id = v.version_id) FROM document_version v";
      h.createQuery(sql)
          .map((rs, ctx) -> rs.getLong(2) == rs.getLong(3) ? null
              : rs.getString(1) + ": " + c[1] + " holds " + rs.getLong(3) + " rows, expected " + rs.getLong(2))
          .forEach(p -> {
            if (p != null) {
              out.add(p);
            }
          });
    }
    h.createQuery("SELECT doc_id FROM document_version GROUP BY doc_id HAVING SUM(is_current) <> 1")
        .mapTo(String.class)
        .forEach(d -> out.add(d + ": not exactly one current version"));
    return out;
  }
}
