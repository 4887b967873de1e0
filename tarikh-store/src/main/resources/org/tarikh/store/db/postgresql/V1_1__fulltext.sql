-- PostgreSQL only: server-side full text over evidence sentences, for SQL users and tools that
-- query the database directly (Tarikh's own search uses its Lucene index). The Arabic and
-- English text-search configurations ship with PostgreSQL, e.g.
--   SELECT * FROM event WHERE to_tsvector('arabic', evidence_text) @@ to_tsquery('arabic', 'الامم');
CREATE INDEX event_evidence_en ON event USING gin (to_tsvector('english', evidence_text));
CREATE INDEX event_evidence_ar ON event USING gin (to_tsvector('arabic', evidence_text));
