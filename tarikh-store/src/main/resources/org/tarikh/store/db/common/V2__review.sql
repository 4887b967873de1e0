-- Editors' review of extracted facts, and the users allowed to make it.

-- One row per reviewed fact, keyed by what survives a re-ingest of the same text: the document,
-- the event type, the evidence offsets and the date as extracted (fact_date: one clause may state
-- two facts of a type with different dates), not the version or the document-local event id.
-- verdict is ACCEPTED, CORRECTED or REJECTED; a correction's date, args and attrs (JSON) replace
-- the extracted ones when facts are read (null: keep the extracted value). begin_day/end_day are
-- the days of the corrected date, so period filters see the correction.
CREATE TABLE correction (
  doc_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  fact_date TEXT NOT NULL,
  verdict TEXT NOT NULL,
  date_value TEXT,
  begin_day TEXT,
  end_day TEXT,
  args_json TEXT,
  attrs_json TEXT,
  note TEXT,
  actor TEXT NOT NULL,
  at_time TEXT NOT NULL,
  change_seq BIGINT NOT NULL,
  PRIMARY KEY (doc_id, event_type, evidence_start, evidence_end, fact_date)
);

-- The days a fact is listed under: its extracted date's days, or its correction's, kept on the
-- event row when a review is stored or a version ingested, so that the date order of lists and
-- the period filters are served by an index (undated = 1: no anchored days, listed last).
ALTER TABLE event ADD COLUMN eff_begin_day TEXT;
ALTER TABLE event ADD COLUMN eff_end_day TEXT;
ALTER TABLE event ADD COLUMN eff_undated INTEGER NOT NULL DEFAULT 0;
UPDATE event SET eff_begin_day = begin_day, eff_end_day = end_day,
  eff_undated = CASE WHEN begin_day IS NULL THEN 1 ELSE 0 END;
CREATE INDEX event_listed ON event (eff_undated, eff_begin_day, eff_end_day, version_id, ordinal);
CREATE INDEX event_type_listed ON event (event_type, eff_undated, eff_begin_day, eff_end_day, version_id, ordinal);

-- Users of the web chronicle. password_hash is a self-describing KDF string made by the server
-- (algorithm, iterations, salt, hash); the store never sees a password.
CREATE TABLE app_user (
  user_name TEXT PRIMARY KEY,
  user_role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
