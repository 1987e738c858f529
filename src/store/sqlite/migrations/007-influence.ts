/**
 * Influence (issue 4): DOL scoring runs, their stored leaderboards, and imported KOL lists.
 * A run is one window's computation (full or incremental) with the row-id watermarks it covered;
 * scores are kept per (run, area, country or '' for all, population 'all' | 'hcp') by rank.
 * Version 6 is the HCP registry's: the migrator applies missing versions whatever their order.
 */
export const up = `
CREATE TABLE influence_runs (
  id                  INTEGER PRIMARY KEY,
  mode                TEXT NOT NULL,
  window_days         INTEGER NOT NULL,
  as_of               INTEGER NOT NULL,
  options             TEXT NOT NULL,
  accounts            INTEGER NOT NULL,
  posts               INTEGER NOT NULL,
  interactions        INTEGER NOT NULL,
  scores              INTEGER NOT NULL,
  post_watermark      INTEGER NOT NULL,
  interaction_watermark INTEGER NOT NULL,
  started_at          INTEGER NOT NULL,
  finished_at         INTEGER NOT NULL
);
CREATE INDEX influence_runs_window ON influence_runs (window_days, id);

CREATE TABLE influence_scores (
  run_id             INTEGER NOT NULL REFERENCES influence_runs(id) ON DELETE CASCADE,
  area               TEXT NOT NULL,
  country            TEXT NOT NULL,
  population         TEXT NOT NULL,
  rank               INTEGER NOT NULL,
  account_id         INTEGER NOT NULL,
  hcp_status         INTEGER NOT NULL,
  percentile         REAL NOT NULL,
  score              REAL NOT NULL,
  topical_authority  REAL NOT NULL,
  peer_endorsement   REAL NOT NULL,
  engagement         REAL NOT NULL,
  reach              REAL NOT NULL,
  consistency        REAL NOT NULL,
  growth             REAL NOT NULL,
  raw                TEXT NOT NULL,
  segment            TEXT NOT NULL,
  why                TEXT NOT NULL,
  PRIMARY KEY (run_id, area, country, population, rank)
) WITHOUT ROWID;
CREATE INDEX influence_scores_account ON influence_scores (account_id, run_id);

CREATE TABLE kols (
  id                INTEGER PRIMARY KEY,
  list              TEXT NOT NULL,
  line              INTEGER NOT NULL,
  name              TEXT NOT NULL,
  publications      INTEGER NOT NULL,
  trials            INTEGER NOT NULL,
  guideline_roles   INTEGER NOT NULL,
  country           TEXT,
  area              TEXT,
  external_id       TEXT,
  specialty         TEXT,
  imported_at       INTEGER NOT NULL,
  UNIQUE (list, line)
);
`;
