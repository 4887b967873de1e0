-- Editors' review of extracted facts, and the users allowed to make it.

-- One row per reviewed fact, keyed by what survives a re-ingest of the same text: the document,
-- the event type and the evidence offsets (not the version or the document-local event id).
-- verdict is ACCEPTED, CORRECTED or REJECTED; a correction's date, args and attrs (JSON) replace
-- the extracted ones when facts are read (null: keep the extracted value). begin_day/end_day are
-- the days of the corrected date, so period filters see the correction.
CREATE TABLE correction (
  doc_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
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
  PRIMARY KEY (doc_id, event_type, evidence_start, evidence_end)
);

-- Users of the web chronicle. password_hash is a self-describing KDF string made by the server
-- (algorithm, iterations, salt, hash); the store never sees a password.
CREATE TABLE app_user (
  user_name TEXT PRIMARY KEY,
  user_role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
