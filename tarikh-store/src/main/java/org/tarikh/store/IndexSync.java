package org.tarikh.store;

import java.util.List;
import java.util.Map;
import org.tarikh.model.Entity;
import org.tarikh.store.db.ChangeFeed;
import org.tarikh.store.db.Database;
import org.tarikh.store.db.EntityCatalogue;
import org.tarikh.store.db.ResultReader;
import org.tarikh.store.search.SearchIndex;

/**
 * Keeps the search index in step with the database: indexes one freshly stored version, and
 * catches up from the database after a crash, another process's writes, or a missing index
 * (every document and entity changed after the index's last commit marker is indexed again).
 */
final class IndexSync {
  private static final int BATCH = 500;

  private final Database db;
  private final SearchIndex index;
  private final String storeId;
  private long indexedSeq;
  private int uncommitted;

  IndexSync(Database db, SearchIndex index) {
    this.db = db;
    this.index = index;
    this.storeId = db.storeId();
    SearchIndex.Marker m = index.marker();
    this.indexedSeq = m != null && storeId.equals(m.storeId()) ? m.changeSeq() : -1;
  }

  /** Whether the index reflects every change in the database. */
  boolean current() {
    return indexedSeq == db.changeSeq();
  }

  /** Brings the index up to the database, from scratch if it belongs to no or another store. */
  void catchUp() {
    long target = db.changeSeq();
    if (indexedSeq == target || !index.writable()) {
      return;
    }
    if (indexedSeq < 0 || indexedSeq > target) {
      index.clear();
      indexedSeq = 0;
    }
    long from = indexedSeq;
    List<String> docs = db.read(h -> ChangeFeed.documentsAfter(h, from));
    for (String doc : docs) {
      db.read(h -> ResultReader.load(h, doc, 0)).ifPresent(this::putStored);
    }
    putEntities(db.read(h -> ChangeFeed.entitiesAfter(h, from)));
    indexedSeq = target;
    commit();
  }

  /** Everything indexed again from the database. */
  void rebuild() {
    index.clear();
    indexedSeq = 0;
    catchUp();
    commit();
  }

  /** Indexes a version just stored by change {@code seq} (catching up first if others wrote). */
  void stored(ResultReader.Stored stored, long seq) {
    if (seq != indexedSeq + 1) {
      catchUp();
      return;
    }
    putStored(stored);
    putEntities(stored.result().entities().stream().map(Entity::id).toList());
    indexedSeq = seq;
    if (++uncommitted >= BATCH) {
      commit();
    }
  }

  void commit() {
    if (index.writable() && indexedSeq >= 0) {
      index.commit(new SearchIndex.Marker(storeId, indexedSeq));
      uncommitted = 0;
    }
  }

  private void putStored(ResultReader.Stored s) {
    List<String> ids = s.result().entities().stream().map(Entity::id).toList();
    Map<String, List<String>> names = db.read(h -> EntityCatalogue.names(h, ids));
    index.putDocument(s.document(), s.result(), s.version(), names);
  }

  private void putEntities(List<String> ids) {
    for (int i = 0; i < ids.size(); i += BATCH) {
      List<String> part = ids.subList(i, Math.min(ids.size(), i + BATCH));
      Map<String, List<String>> names = db.read(h -> EntityCatalogue.names(h, part));
      Map<String, String> kinds = db.read(h -> EntityCatalogue.kinds(h, part));
      names.forEach((id, n) -> index.putEntity(id, kinds.get(id), n));
    }
  }
}
