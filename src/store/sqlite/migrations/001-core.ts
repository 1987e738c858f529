/**
 * The core schema. Times are Unix epoch milliseconds (INTEGER); lists are JSON arrays (TEXT).
 *
 * @NOTE posts_fts is contentless (content='') with contentless_delete: the index holds no copy
 * of post text, so a deletion leaves no readable content behind in it (R4.1). Rows are
 * written explicitly next to each post write, never by trigger (4x faster, see STACK-NOTES).
 */
export const up = `
CREATE TABLE profiles (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL DEFAULT 'unknown',
  name        TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);

CREATE TABLE accounts (
  id            INTEGER PRIMARY KEY,
  platform      TEXT NOT NULL,
  native_id     TEXT NOT NULL,
  handle        TEXT NOT NULL,
  display_name  TEXT,
  bio           TEXT,
  location      TEXT,
  url           TEXT,
  followers     INTEGER,
  following     INTEGER,
  posts_count   INTEGER,
  created_at    INTEGER,
  snapshot_at   INTEGER NOT NULL DEFAULT 0,
  status        TEXT NOT NULL DEFAULT 'active',
  status_at     INTEGER NOT NULL DEFAULT 0,
  profile_id    INTEGER REFERENCES profiles(id),
  UNIQUE (platform, native_id)
);
CREATE INDEX accounts_handle ON accounts (platform, handle COLLATE NOCASE);
CREATE INDEX accounts_handle_any ON accounts (handle COLLATE NOCASE);
-- The few hidden accounts (suspended, deactivated…), excluded from every read.
CREATE INDEX accounts_hidden ON accounts (id) WHERE status <> 'active';

CREATE TABLE posts (
  id             INTEGER PRIMARY KEY,
  platform       TEXT NOT NULL,
  native_id      TEXT NOT NULL,
  author_id      INTEGER NOT NULL REFERENCES accounts(id),
  text           TEXT NOT NULL,
  title          TEXT,
  lang           TEXT,
  created_at     INTEGER NOT NULL,
  version_at     INTEGER NOT NULL,
  url            TEXT,
  reply_to_id    TEXT,
  root_id        TEXT,
  quote_of_id    TEXT,
  hashtags       TEXT NOT NULL DEFAULT '[]',
  mentions       TEXT NOT NULL DEFAULT '[]',
  links          TEXT NOT NULL DEFAULT '[]',
  has_media      INTEGER NOT NULL DEFAULT 0,
  likes          INTEGER,
  reposts        INTEGER,
  replies        INTEGER,
  quotes         INTEGER,
  views          INTEGER,
  score          INTEGER,
  visibility     TEXT NOT NULL DEFAULT 'public',
  rating         REAL,
  extra          TEXT,
  content_hash   TEXT NOT NULL,
  ingest_run_id  INTEGER,
  UNIQUE (platform, native_id)
);
CREATE INDEX posts_created ON posts (created_at);
CREATE INDEX posts_author ON posts (author_id, created_at);
CREATE INDEX posts_reply_to ON posts (platform, reply_to_id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX posts_root ON posts (platform, root_id) WHERE root_id IS NOT NULL;

CREATE VIRTUAL TABLE posts_fts USING fts5 (
  body, hashtags, mentions,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Earlier versions of edited posts.
CREATE TABLE post_versions (
  post_id       INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  content_hash  TEXT NOT NULL,
  text          TEXT NOT NULL,
  title         TEXT,
  version_at    INTEGER NOT NULL,
  PRIMARY KEY (post_id, content_hash)
);

-- Reposts and likes we observed, counted per subject post whether or not the post is stored.
CREATE TABLE post_counters (
  platform   TEXT NOT NULL,
  native_id  TEXT NOT NULL,
  likes      INTEGER NOT NULL DEFAULT 0,
  reposts    INTEGER NOT NULL DEFAULT 0,
  quotes     INTEGER NOT NULL DEFAULT 0,
  replies    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (platform, native_id)
) WITHOUT ROWID;

-- Deleted posts: only what is needed to keep them deleted (R4.2).
CREATE TABLE tombstones (
  platform    TEXT NOT NULL,
  native_id   TEXT NOT NULL,
  deleted_at  INTEGER NOT NULL,
  reason      TEXT NOT NULL,
  PRIMARY KEY (platform, native_id)
) WITHOUT ROWID;

CREATE TABLE interactions (
  id               INTEGER PRIMARY KEY,
  platform         TEXT NOT NULL,
  kind             TEXT NOT NULL,
  key              TEXT NOT NULL,
  from_account_id  INTEGER NOT NULL REFERENCES accounts(id),
  to_account_id    INTEGER REFERENCES accounts(id),
  to_handle        TEXT,
  post_native_id   TEXT,
  at               INTEGER NOT NULL,
  UNIQUE (platform, kind, key)
);
CREATE INDEX interactions_to ON interactions (to_account_id);
CREATE INDEX interactions_from ON interactions (from_account_id);

CREATE TABLE ingest_runs (
  id           INTEGER PRIMARY KEY,
  started_at   INTEGER NOT NULL,
  finished_at  INTEGER,
  status       TEXT NOT NULL,
  paths        TEXT NOT NULL,
  counts       TEXT NOT NULL
);

-- Per-file progress, committed in the same transaction as the rows it covers (R5.8).
CREATE TABLE ingest_checkpoints (
  file_key      TEXT PRIMARY KEY,
  path          TEXT NOT NULL,
  format        TEXT NOT NULL,
  records_done  INTEGER NOT NULL,
  complete      INTEGER NOT NULL DEFAULT 0,
  updated_at    INTEGER NOT NULL
);

CREATE TABLE quarantine (
  id        INTEGER PRIMARY KEY,
  run_id    INTEGER NOT NULL,
  file_key  TEXT NOT NULL,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL,
  item      INTEGER NOT NULL DEFAULT 0,
  field     TEXT,
  reason    TEXT NOT NULL,
  raw       TEXT NOT NULL,
  at        INTEGER NOT NULL,
  UNIQUE (file_key, line, item)
);
`;
