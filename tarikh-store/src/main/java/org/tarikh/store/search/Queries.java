package org.tarikh.store.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tarikh.store.StoreException;

/**
 * Builds the Lucene query of a {@link SearchRequest} and reads hits back. The words are looked
 * up in the exact text (boost 2), entity names (1.5) and stemmed text (1); all words must match
 * (in any of those fields). A hit may instead involve an entity whose names match the words in
 * any script (so "أذربيجان" finds English facts about {@code state:aze}, whatever document
 * taught the store that name). Filters do not score.
 */
final class Queries {
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TEXT, 2f, Fields.NAMES, 1.5f, Fields.STEM, 1f);
  private static final long FAR_PAST = Long.MIN_VALUE / 2;
  private static final long FAR_FUTURE = Long.MAX_VALUE / 2;

  private Queries() {
  }

  static final int MAX_NAMED_ENTITIES = 16;

  static Query build(SearchRequest r, java.util.Set<String> namedEntities, Analyzer analyzer) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(wordsOrNamedEntities(r.query(), namedEntities, analyzer), BooleanClause.Occur.MUST);
    filter(b, Fields.ENTITY, r.entity());
    filter(b, Fields.TYPE, r.type());
    filter(b, Fields.LANG, r.lang());
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? FAR_PAST : r.from().toEpochDay();
      long to = r.to() == null ? FAR_FUTURE : r.to().toEpochDay();
      b.add(LongRange.newIntersectsQuery(Fields.DAYS, new long[] {from}, new long[] {to}), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query wordsOrNamedEntities(String text, java.util.Set<String> ids, Analyzer analyzer) {
    if (ids.isEmpty()) {
      return words(text, analyzer);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(words(text, analyzer), BooleanClause.Occur.SHOULD);
    for (String id : ids) {
      b.add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term(Fields.ENTITY, id)), 0.5f),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Entities whose names contain every word of {@code text}; {@code null} for no words. */
  static Query entityNames(String text, Analyzer analyzer) {
    if (text == null || text.isBlank()) {
      return null;
    }
    QueryParser parser = new QueryParser(Fields.NAMES, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query names;
    try {
      names = parser.parse(QueryParser.escape(text));
    } catch (ParseException e) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(names, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.KIND, SearchHit.Kind.ENTITY.name())), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Query words(String text, Analyzer analyzer) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Fields.TEXT, Fields.NAMES, Fields.STEM}, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new StoreException("cannot search for '" + text + "': " + again.getMessage(), again);
      }
    }
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  static SearchHit hit(Document d, float score) {
    SearchHit.Kind kind = SearchHit.Kind.valueOf(d.get(Fields.KIND));
    return new SearchHit(kind, score, d.get(Fields.DOC), intOf(d, Fields.VERSION, 0), d.get(Fields.LANG),
        d.get(Fields.EVENT), d.get(Fields.TYPE), d.get(Fields.DATE), kind == SearchHit.Kind.ENTITY ? d.get(Fields.ENTITY) : null,
        intOf(d, Fields.START, -1), intOf(d, Fields.END, -1), d.get(Fields.TEXT));
  }

  private static int intOf(Document d, String field, int fallback) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? fallback : f.numericValue().intValue();
  }
}
