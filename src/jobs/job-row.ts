/** Turns a jobs row into a Job, for every store. JSON columns arrive as text (SQLite) or parsed (PostgreSQL jsonb). */
import type { Job, JobStatus } from './job.js';

export interface JobRow {
  id: number; kind: string; payload: unknown; group_id: number | null; key: string | null; status: JobStatus;
  attempts: number; max_attempts: number; run_after: number; lease_until: number | null; locked_by: string | null;
  last_error: string | null; result: unknown; created_at: number; started_at: number | null; finished_at: number | null;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) as unknown : value);

export function toJob(row: JobRow): Job {
  const job: Job = {
    id: row.id, kind: row.kind, payload: json(row.payload), status: row.status, attempts: row.attempts,
    maxAttempts: row.max_attempts, runAfter: row.run_after, createdAt: row.created_at,
  };
  if (row.group_id !== null) job.groupId = row.group_id;
  if (row.key !== null) job.key = row.key;
  if (row.lease_until !== null) job.leaseUntil = row.lease_until;
  if (row.locked_by !== null) job.lockedBy = row.locked_by;
  if (row.last_error !== null) job.lastError = row.last_error;
  if (row.result !== null) job.result = json(row.result);
  if (row.started_at !== null) job.startedAt = row.started_at;
  if (row.finished_at !== null) job.finishedAt = row.finished_at;
  return job;
}
