package org.tarikh.store.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tarikh.store.CatalogueEntity;
import org.tarikh.store.StoredDocument;

/** Pages of the current documents and of the entity catalogue, in a stable order (by id). */
public final class Listings {
  private Listings() {
  }

  public static List<StoredDocument> documents(Handle h, int offset, int limit) {
    return h.createQuery("SELECT doc_id, version, lang, source, format, n_events, ingested_at FROM document_version "
            + "WHERE is_current = 1 ORDER BY doc_id LIMIT :limit OFFSET :offset")
        .bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> new StoredDocument(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getInt(6), rs.getString(7)))
        .list();
  }

  /** Entities whose id starts with {@code prefix} (any when {@code null}), by id. */
  public static List<CatalogueEntity> entities(Handle h, String prefix, int offset, int limit) {
    String where = prefix == null ? "" : " WHERE entity_id LIKE :prefix";
    var q = h.createQuery("SELECT entity_id FROM entity" + where + " ORDER BY entity_id LIMIT :limit OFFSET :offset")
        .bind("limit", limit).bind("offset", offset);
    if (prefix != null) {
      q.bind("prefix", prefix.replace("%", "").replace("_", "") + "%");
    }
    List<String> ids = q.mapTo(String.class).list();
    Map<String, List<String>> names = EntityCatalogue.names(h, ids);
    Map<String, String> kinds = EntityCatalogue.kinds(h, ids);
    return ids.stream().map(id -> {
      List<String> n = names.getOrDefault(id, List.of(id));
      return new CatalogueEntity(id, kinds.get(id), n.get(0), n);
    }).toList();
  }
}
