package org.tarikh.store.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tarikh.model.Entity;
import org.tarikh.text.ScriptNormalizer;

/**
 * The {@code entity} and {@code entity_name} tables: one row per entity id across all documents
 * (kind and canonical name as last ingested) and every surface form seen, in any script, with
 * the language it came from and its {@link ScriptNormalizer} form.
 */
public final class EntityCatalogue {
  private EntityCatalogue() {
  }

  static void upsert(Handle h, List<Entity> entities, String lang, long seq) {
    PreparedBatch entity = h.prepareBatch("INSERT INTO entity (entity_id, kind, name, change_seq) "
        + "VALUES (:id, :kind, :name, :seq) ON CONFLICT (entity_id) DO UPDATE SET kind = excluded.kind, "
        + "name = excluded.name, change_seq = excluded.change_seq");
    PreparedBatch name = h.prepareBatch("INSERT INTO entity_name (entity_id, name, normalized, lang) "
        + "VALUES (:id, :name, :normalized, :lang) ON CONFLICT (entity_id, name) DO NOTHING");
    for (Entity e : entities) {
      entity.bind("id", e.id()).bind("kind", e.kind().name()).bind("name", e.name()).bind("seq", seq).add();
      for (String n : e.names()) {
        name.bind("id", e.id()).bind("name", n).bind("normalized", ScriptNormalizer.normalize(n))
            .bind("lang", lang).add();
      }
    }
    if (entity.size() > 0) {
      entity.execute();
    }
    if (name.size() > 0) {
      name.execute();
    }
  }

  /** Every name of the given entities (canonical name first), keyed by entity id. */
  public static Map<String, List<String>> names(Handle h, java.util.Collection<String> ids) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    h.createQuery("SELECT entity_id, name FROM entity WHERE entity_id IN (<ids>)")
        .bindList("ids", new ArrayList<>(ids))
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(en -> out.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue()));
    h.createQuery("SELECT entity_id, name FROM entity_name WHERE entity_id IN (<ids>) ORDER BY entity_id, name")
        .bindList("ids", new ArrayList<>(ids))
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(en -> {
          List<String> list = out.computeIfAbsent(en.getKey(), k -> new ArrayList<>());
          if (!list.contains(en.getValue())) {
            list.add(en.getValue());
          }
        });
    return out;
  }

  /** The kind of each entity. */
  public static Map<String, String> kinds(Handle h, java.util.Collection<String> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      h.createQuery("SELECT entity_id, kind FROM entity WHERE entity_id IN (<ids>)")
          .bindList("ids", new ArrayList<>(ids))
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
          .forEach(en -> out.put(en.getKey(), en.getValue()));
    }
    return out;
  }
}
