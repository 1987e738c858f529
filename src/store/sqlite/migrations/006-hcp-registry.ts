/**
 * The HCP registry (issue 4): what the profile analysis said about each account, what a human decided, the
 * decision log, identity links between accounts, imported provider registries and account ↔ registry matches.
 * Accounts are referenced by their row id (accounts.id), as posts and interactions are.
 *
 * @NOTE hcp_decisions is append-only: triggers refuse UPDATE and DELETE, so a reversal is a new entry. Every
 * decision is also appended to the hash-chained audit_log in the same transaction (audit_seq points at it).
 */
export const up = `
CREATE TABLE hcp_analyses (
  account_id        INTEGER PRIMARY KEY REFERENCES accounts(id),
  probability       REAL NOT NULL,
  kind              TEXT NOT NULL,
  type              TEXT,
  specialties       TEXT NOT NULL DEFAULT '[]',
  credentials       TEXT NOT NULL DEFAULT '[]',
  nucc              TEXT NOT NULL DEFAULT '[]',
  country           TEXT,
  analyzer_version  TEXT NOT NULL,
  evidence          TEXT NOT NULL DEFAULT '[]',
  snapshot_at       INTEGER NOT NULL,
  analysed_at       INTEGER NOT NULL
);
CREATE INDEX hcp_analyses_probability ON hcp_analyses (probability);

CREATE TABLE hcp_verifications (
  account_id  INTEGER PRIMARY KEY REFERENCES accounts(id),
  status      TEXT NOT NULL CHECK (status IN ('unreviewed', 'verified', 'rejected', 'needs_evidence')),
  type        TEXT,
  specialty   TEXT,
  country     TEXT,
  note        TEXT,
  decided_by  TEXT NOT NULL,
  decided_at  INTEGER NOT NULL
);

CREATE TABLE hcp_decisions (
  id                INTEGER PRIMARY KEY,
  account_id        INTEGER NOT NULL REFERENCES accounts(id),
  other_account_id  INTEGER REFERENCES accounts(id),
  decision          TEXT NOT NULL CHECK (decision IN ('verify', 'reject', 'needs_evidence', 'link', 'unlink')),
  actor             TEXT NOT NULL,
  at                INTEGER NOT NULL,
  before            TEXT,
  after             TEXT,
  evidence          TEXT NOT NULL DEFAULT '[]',
  note              TEXT,
  audit_seq         INTEGER NOT NULL
);
CREATE INDEX hcp_decisions_account ON hcp_decisions (account_id, id);
CREATE INDEX hcp_decisions_other ON hcp_decisions (other_account_id, id) WHERE other_account_id IS NOT NULL;
CREATE TRIGGER hcp_decisions_no_update BEFORE UPDATE ON hcp_decisions
  BEGIN SELECT RAISE(ABORT, 'hcp_decisions is append-only'); END;
CREATE TRIGGER hcp_decisions_no_delete BEFORE DELETE ON hcp_decisions
  BEGIN SELECT RAISE(ABORT, 'hcp_decisions is append-only'); END;

-- One row per unordered pair (account_a < account_b).
CREATE TABLE hcp_identity_links (
  account_a   INTEGER NOT NULL REFERENCES accounts(id),
  account_b   INTEGER NOT NULL REFERENCES accounts(id),
  status      TEXT NOT NULL CHECK (status IN ('candidate', 'auto', 'confirmed', 'rejected')),
  confidence  REAL NOT NULL,
  evidence    TEXT NOT NULL DEFAULT '[]',
  decided_by  TEXT,
  decided_at  INTEGER,
  updated_at  INTEGER NOT NULL,
  PRIMARY KEY (account_a, account_b),
  CHECK (account_a < account_b)
);
CREATE INDEX hcp_identity_links_b ON hcp_identity_links (account_b);

CREATE TABLE hcp_registry_records (
  source          TEXT NOT NULL,
  record_id       TEXT NOT NULL,
  entity          TEXT NOT NULL,
  first_name      TEXT,
  middle_name     TEXT,
  last_name       TEXT,
  full_name       TEXT,
  credential      TEXT,
  taxonomy_codes  TEXT NOT NULL DEFAULT '[]',
  specialty       TEXT,
  city            TEXT,
  state           TEXT,
  postal_code     TEXT,
  country         TEXT,
  imported_at     INTEGER NOT NULL,
  PRIMARY KEY (source, record_id)
);

CREATE TABLE hcp_registry_matches (
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  source      TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  score       REAL NOT NULL,
  evidence    TEXT NOT NULL DEFAULT '[]',
  matched_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, source, record_id)
);
`;
