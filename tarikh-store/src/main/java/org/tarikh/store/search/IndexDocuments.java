package org.tarikh.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.tarikh.model.DocumentResult;
import org.tarikh.model.Entity;
import org.tarikh.model.Event;
import org.tarikh.model.Mention;
import org.tarikh.model.Span;
import org.tarikh.model.Timex;
import org.tarikh.store.DateRange;
import org.tarikh.text.CodePointIndex;
import org.tarikh.text.Sentence;
import org.tarikh.text.SentenceSplitter;

/**
 * Turns one stored document version into Lucene documents: one per fact (its evidence, the
 * names of its entities in every script, its type, date range and entity ids), one per sentence
 * of the text (its entity mentions and the ranges of its timexes), and one per entity.
 */
final class IndexDocuments {
  private IndexDocuments() {
  }

  static List<Document> forVersion(org.tarikh.model.Document doc, DocumentResult r, int version,
                                   Map<String, List<String>> names) {
    List<Document> out = new ArrayList<>();
    for (Event e : r.events()) {
      out.add(fact(doc, version, e, names));
    }
    CodePointIndex cps = new CodePointIndex(doc.text());
    for (Sentence s : new SentenceSplitter(doc.lang(), Set.of()).split(doc.text())) {
      Span span = new Span(cps.toCodePoint(s.start()), cps.toCodePoint(s.end()));
      out.add(sentence(doc, version, span, doc.text().substring(s.start(), s.end()), r));
    }
    return out;
  }

  static Document entity(String id, String kind, List<String> names) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, SearchHit.Kind.ENTITY.name(), Field.Store.YES));
    d.add(new StringField(Fields.ENTITY, id, Field.Store.YES));
    d.add(new StringField(Fields.ENTITY_KEY, id, Field.Store.NO));
    d.add(new StringField(Fields.TYPE, kind, Field.Store.YES));
    String joined = String.join(" | ", names);
    d.add(new TextField(Fields.TEXT, joined, Field.Store.YES));
    d.add(new TextField(Fields.NAMES, joined, Field.Store.NO));
    return d;
  }

  private static Document fact(org.tarikh.model.Document doc, int version, Event e, Map<String, List<String>> names) {
    Document d = base(SearchHit.Kind.FACT, doc, version, e.evidence().start(), e.evidence().end(), e.evidence().text());
    d.add(new StringField(Fields.EVENT, e.id(), Field.Store.YES));
    d.add(new StringField(Fields.TYPE, e.type(), Field.Store.YES));
    d.add(new StoredField(Fields.DATE, e.date()));
    DateRange.ofTimex(e.date()).ifPresent(range -> d.add(days(range)));
    StringBuilder argNames = new StringBuilder();
    e.args().values().stream().flatMap(List::stream).distinct().forEach(id -> {
      d.add(new StringField(Fields.ENTITY, id, Field.Store.NO));
      names.getOrDefault(id, List.of()).forEach(n -> argNames.append(n).append(" | "));
    });
    d.add(new TextField(Fields.NAMES, argNames.toString(), Field.Store.NO));
    return d;
  }

  private static Document sentence(org.tarikh.model.Document doc, int version, Span span, String text,
                                   DocumentResult r) {
    Document d = base(SearchHit.Kind.SENTENCE, doc, version, span.start(), span.end(), text);
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        if (span.contains(m.span())) {
          d.add(new StringField(Fields.ENTITY, e.id(), Field.Store.NO));
          break;
        }
      }
    }
    for (Timex t : r.timexes()) {
      if (span.contains(t.span())) {
        DateRange.ofTimex(t.value()).ifPresent(range -> d.add(days(range)));
      }
    }
    return d;
  }

  private static Document base(SearchHit.Kind kind, org.tarikh.model.Document doc, int version, int start, int end,
                               String text) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, kind.name(), Field.Store.YES));
    d.add(new StringField(Fields.DOC, doc.id(), Field.Store.YES));
    d.add(new StoredField(Fields.VERSION, version));
    d.add(new StringField(Fields.LANG, doc.lang(), Field.Store.YES));
    d.add(new StoredField(Fields.START, start));
    d.add(new StoredField(Fields.END, end));
    d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    d.add(new TextField(Fields.STEM, text, Field.Store.NO));
    return d;
  }

  static LongRange days(DateRange range) {
    return new LongRange(Fields.DAYS, new long[] {range.begin().toEpochDay()}, new long[] {range.end().toEpochDay()});
  }
}
