/**
 * Users, sessions, API tokens, login-failure counts, saved queries and the audit log (issue 5).
 *
 * @NOTE the audit log is append-only: triggers refuse UPDATE and DELETE (R5.4), and each row
 * carries the hash of the row before it (src/audit/audit-chain.ts), so an edit made around
 * the triggers is still found by `auscult audit verify`. Session ids and API tokens are
 * stored only as SHA-256 hashes: reading the database does not give a usable credential.
 */
export const up = `
-- Dashboard aggregates over a time window (volume by author kind, the Overview) read only the index.
CREATE INDEX posts_time_author ON posts (created_at, author_id);

CREATE TABLE users (
  id                   INTEGER PRIMARY KEY,
  username             TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role                 TEXT NOT NULL,
  password_hash        TEXT NOT NULL,
  disabled             INTEGER NOT NULL DEFAULT 0,
  created_at           INTEGER NOT NULL,
  password_changed_at  INTEGER NOT NULL
);

CREATE TABLE sessions (
  id_hash       TEXT PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  created_at    INTEGER NOT NULL,
  last_seen_at  INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id            INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  name          TEXT NOT NULL,
  scope         TEXT NOT NULL,
  token_hash    TEXT NOT NULL UNIQUE,
  prefix        TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  expires_at    INTEGER,
  last_used_at  INTEGER,
  revoked_at    INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_failures (
  username  TEXT NOT NULL,
  at        INTEGER NOT NULL
);
CREATE INDEX login_failures_user ON login_failures (username, at);

CREATE TABLE saved_queries (
  id          INTEGER PRIMARY KEY,
  owner_id    INTEGER NOT NULL REFERENCES users(id),
  name        TEXT NOT NULL,
  query       TEXT NOT NULL,
  shared      INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX saved_queries_owner ON saved_queries (owner_id);

CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  actor_id    INTEGER,
  action      TEXT NOT NULL,
  target      TEXT,
  outcome     TEXT NOT NULL,
  reason      TEXT,
  request_id  TEXT,
  ip          TEXT,
  details     TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;
