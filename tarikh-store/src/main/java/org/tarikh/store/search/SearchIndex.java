package org.tarikh.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tarikh.model.DocumentResult;
import org.tarikh.store.StoreException;

/**
 * The Lucene index of one chronicle, in its own folder. Writes go through one
 * {@link IndexWriter}; each commit records the store's id and the change number it reflects,
 * so a reader can tell whether the index is behind the database ({@link #marker()}). When
 * another process holds the index (an ingest running), this one opens it read-only.
 * Not thread-safe for writes; searches may run concurrently.
 */
public final class SearchIndex implements AutoCloseable {
  static final String STORE_ID = "store_id";
  static final String CHANGE_SEQ = "change_seq";

  private final Directory dir;
  private final Analyzer analyzer;
  private final IndexWriter writer; // null when read-only
  private DirectoryReader reader;

  private SearchIndex(Directory dir, Analyzer analyzer, IndexWriter writer) {
    this.dir = dir;
    this.analyzer = analyzer;
    this.writer = writer;
  }

  /** Opens (creating) the index in {@code folder}; read-only when another process writes it. */
  public static SearchIndex open(Path folder) {
    try {
      Files.createDirectories(folder);
      Directory dir = FSDirectory.open(folder);
      Analyzer analyzer = analyzer();
      try {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
        return new SearchIndex(dir, analyzer, new IndexWriter(dir, config));
      } catch (LockObtainFailedException e) {
        return new SearchIndex(dir, analyzer, null);
      }
    } catch (IOException e) {
      throw new StoreException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(ScriptAnalyzer.exact(), Map.of(Fields.STEM, ScriptAnalyzer.stemmed()));
  }

  public boolean writable() {
    return writer != null;
  }

  /** The store id and change number of the last commit, or {@code null} for an empty index. */
  public Marker marker() {
    try {
      List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(dir);
      Map<String, String> data = commits.get(commits.size() - 1).getUserData();
      String seq = data.get(CHANGE_SEQ);
      return seq == null ? null : new Marker(data.get(STORE_ID), Long.parseLong(seq));
    } catch (IndexNotFoundException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a commit of the index reflects: which store, up to which change. */
  public record Marker(String storeId, long changeSeq) {
  }

  /** Replaces everything indexed for {@code doc} with its current version. */
  public void putDocument(org.tarikh.model.Document doc, DocumentResult result, int version,
                          Map<String, List<String>> entityNames) {
    List<Document> docs = IndexDocuments.forVersion(doc, result, version, entityNames);
    write(w -> {
      w.deleteDocuments(new Term(Fields.DOC, doc.id()));
      w.addDocuments(docs);
    });
  }

  /** Replaces the entry of one entity. */
  public void putEntity(String id, String kind, List<String> names) {
    Document d = IndexDocuments.entity(id, kind, names);
    write(w -> w.updateDocument(new Term(Fields.ENTITY_KEY, id), d));
  }

  /** Removes everything. */
  public void clear() {
    write(IndexWriter::deleteAll);
  }

  /** Makes the changes durable, recording the store and change number they reflect. */
  public void commit(Marker marker) {
    write(w -> {
      w.setLiveCommitData(Map.of(STORE_ID, marker.storeId(), CHANGE_SEQ, Long.toString(marker.changeSeq())).entrySet());
      w.commit();
    });
  }

  /** Runs a search. */
  public List<SearchHit> search(SearchRequest request) {
    IndexSearcher searcher = new IndexSearcher(reader());
    try {
      List<SearchHit> hits = new ArrayList<>();
      java.util.Set<String> named = entitiesNamed(searcher, request.query());
      for (ScoreDoc sd : searcher.search(Queries.build(request, named, analyzer), Math.max(1, request.limit())).scoreDocs) {
        hits.add(Queries.hit(searcher.storedFields().document(sd.doc), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    }
  }

  /** Ids of the entities one of whose names (in any script) contains all the query's words. */
  private java.util.Set<String> entitiesNamed(IndexSearcher searcher, String query) throws IOException {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    org.apache.lucene.search.Query q = Queries.entityNames(query, analyzer);
    if (q != null) {
      for (ScoreDoc sd : searcher.search(q, Queries.MAX_NAMED_ENTITIES).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get(Fields.ENTITY));
      }
    }
    return ids;
  }

  private synchronized DirectoryReader reader() {
    try {
      if (reader == null) {
        reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(dir);
      } else {
        DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer)
            : DirectoryReader.openIfChanged(reader);
        if (newer != null) {
          reader.close();
          reader = newer;
        }
      }
      return reader;
    } catch (IndexNotFoundException e) {
      throw new StoreException("the search index is empty; run 'tarikh search --rebuild'", e);
    } catch (IOException e) {
      throw new StoreException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  private interface WriterWork {
    void run(IndexWriter w) throws IOException;
  }

  private void write(WriterWork work) {
    if (writer == null) {
      throw new StoreException("the search index is being written by another process; try again when it ends");
    }
    try {
      work.run(writer);
    } catch (IOException e) {
      throw new StoreException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (writer != null) {
        writer.rollback(); // uncommitted changes are recovered from the database next time
      }
      dir.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
