-- Tarikh chronicle schema, portable between SQLite and PostgreSQL: TEXT, INTEGER, BIGINT,
-- DOUBLE PRECISION only; every id is made in Java; booleans are 0/1 integers; days are ISO
-- 'YYYY-MM-DD' text (sorts as it compares). Offsets are Unicode code points (FACTS.md).

-- One row: the number of the last committed change. Every write transaction increments it
-- first, which serializes writers and lets the search index tell how far behind it is.
-- store_id (set on first open) tells this store from another one recreated at the same path.
CREATE TABLE store_state (
  id INTEGER PRIMARY KEY,
  change_seq BIGINT NOT NULL,
  store_id TEXT
);
INSERT INTO store_state (id, change_seq) VALUES (1, 0);

-- Each distinct content of a document is a version; facts belong to a version, so a changed
-- document keeps its older facts as history. Exactly one version per document is current.
CREATE TABLE document_version (
  version_id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  is_current INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  lang TEXT NOT NULL,
  source TEXT,
  format TEXT,
  dct TEXT,
  body TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  ingested_by TEXT NOT NULL,
  change_seq BIGINT NOT NULL,
  n_timexes INTEGER NOT NULL,
  n_entities INTEGER NOT NULL,
  n_mentions INTEGER NOT NULL,
  n_events INTEGER NOT NULL,
  n_args INTEGER NOT NULL,
  n_attrs INTEGER NOT NULL,
  n_findings INTEGER NOT NULL,
  UNIQUE (doc_id, version)
);
CREATE UNIQUE INDEX document_version_one_current ON document_version (doc_id) WHERE is_current = 1;
CREATE INDEX document_version_seq ON document_version (change_seq);

CREATE TABLE timex (
  version_id TEXT NOT NULL REFERENCES document_version (version_id),
  ordinal INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  surface TEXT NOT NULL,
  timex_type TEXT NOT NULL,
  timex_value TEXT NOT NULL,
  anchor TEXT,
  calendar TEXT,
  rule TEXT,
  begin_day TEXT,
  end_day TEXT,
  PRIMARY KEY (version_id, ordinal)
);

-- The catalogue of entities across documents; kind and canonical name as last ingested.
CREATE TABLE entity (
  entity_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  change_seq BIGINT NOT NULL
);
CREATE INDEX entity_seq ON entity (change_seq);

-- Every surface form an entity was seen with, in any script, with the language it came from.
CREATE TABLE entity_name (
  entity_id TEXT NOT NULL REFERENCES entity (entity_id),
  name TEXT NOT NULL,
  normalized TEXT NOT NULL,
  lang TEXT NOT NULL,
  PRIMARY KEY (entity_id, name)
);
CREATE INDEX entity_name_normalized ON entity_name (normalized);

-- An entity as one document version lists it.
CREATE TABLE doc_entity (
  version_id TEXT NOT NULL REFERENCES document_version (version_id),
  entity_id TEXT NOT NULL REFERENCES entity (entity_id),
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  names_json TEXT NOT NULL,
  confidence TEXT,
  PRIMARY KEY (version_id, entity_id)
);
CREATE INDEX doc_entity_entity ON doc_entity (entity_id);

CREATE TABLE mention (
  version_id TEXT NOT NULL REFERENCES document_version (version_id),
  entity_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  surface TEXT NOT NULL,
  PRIMARY KEY (version_id, entity_id, ordinal)
);

-- A dated fact; begin_day/end_day are the days its TIMEX3 date covers (null when unanchored).
CREATE TABLE event (
  version_id TEXT NOT NULL REFERENCES document_version (version_id),
  event_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  date_value TEXT NOT NULL,
  begin_day TEXT,
  end_day TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  trigger_start INTEGER,
  trigger_end INTEGER,
  date_start INTEGER,
  date_end INTEGER,
  PRIMARY KEY (version_id, event_id)
);
CREATE INDEX event_days ON event (begin_day, end_day);
CREATE INDEX event_type ON event (event_type, begin_day);

CREATE TABLE event_arg (
  version_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  role TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (version_id, event_id, role, ordinal),
  FOREIGN KEY (version_id, event_id) REFERENCES event (version_id, event_id)
);
CREATE INDEX event_arg_entity ON event_arg (entity_id, version_id, event_id);

-- Literal attributes; the value is JSON (a string, a list of strings, or a map of integers).
CREATE TABLE event_attr (
  version_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  name TEXT NOT NULL,
  value_json TEXT NOT NULL,
  PRIMARY KEY (version_id, event_id, name),
  FOREIGN KEY (version_id, event_id) REFERENCES event (version_id, event_id)
);

CREATE TABLE finding (
  version_id TEXT NOT NULL REFERENCES document_version (version_id),
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT,
  suggestion TEXT,
  PRIMARY KEY (version_id, ordinal)
);

-- Cross-document links and conflicts, as "doc#event" references plus the versions they were
-- made against. A newer alignment of the same documents retires the older rows (is_current 0).
CREATE TABLE alignment_link (
  link_id TEXT PRIMARY KEY,
  a_ref TEXT NOT NULL,
  b_ref TEXT NOT NULL,
  a_doc TEXT NOT NULL,
  b_doc TEXT NOT NULL,
  a_version_id TEXT,
  b_version_id TEXT,
  score DOUBLE PRECISION NOT NULL,
  reasons_json TEXT NOT NULL,
  is_current INTEGER NOT NULL,
  change_seq BIGINT NOT NULL
);
CREATE INDEX alignment_link_docs ON alignment_link (a_doc, b_doc);

CREATE TABLE alignment_conflict (
  conflict_id TEXT PRIMARY KEY,
  a_ref TEXT NOT NULL,
  b_ref TEXT NOT NULL,
  a_doc TEXT NOT NULL,
  b_doc TEXT NOT NULL,
  a_version_id TEXT,
  b_version_id TEXT,
  field TEXT NOT NULL,
  a_value TEXT,
  b_value TEXT,
  is_current INTEGER NOT NULL,
  change_seq BIGINT NOT NULL
);
CREATE INDEX alignment_conflict_docs ON alignment_conflict (a_doc, b_doc);

-- Every change: who, when, what, and the state before and after (JSON).
CREATE TABLE audit_log (
  change_seq BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  at_time TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  PRIMARY KEY (change_seq, ordinal)
);
CREATE INDEX audit_log_target ON audit_log (target);
