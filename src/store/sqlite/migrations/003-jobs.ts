/** The job queue (src/jobs/job-queue.ts): work shared by worker processes through this database. */
export const up = `
CREATE TABLE jobs (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL,
  payload       TEXT NOT NULL,
  group_id      INTEGER,
  key           TEXT UNIQUE,
  status        TEXT NOT NULL DEFAULT 'queued',
  attempts      INTEGER NOT NULL DEFAULT 0,
  max_attempts  INTEGER NOT NULL DEFAULT 5,
  run_after     INTEGER NOT NULL DEFAULT 0,
  lease_until   INTEGER,
  locked_by     TEXT,
  last_error    TEXT,
  result        TEXT,
  created_at    INTEGER NOT NULL,
  started_at    INTEGER,
  finished_at   INTEGER
);
-- Only unfinished jobs are ever claimed: the index stays as small as the backlog.
CREATE INDEX jobs_ready ON jobs (id) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_group ON jobs (group_id, status);
`;
