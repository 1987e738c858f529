/**
 * Work that any worker process may do: ingest a file or a chunk of one, and (as they land)
 * enrich a batch or recompute an aggregate. Jobs live in the store's database, so workers on
 * many machines share them with no other moving part.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'dead';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'dead'];

export interface JobSpec {
  kind: string;
  payload: unknown;
  /** Jobs that belong together (an ingest run): the last one to finish learns it was the last. */
  groupId?: number;
  /** Enqueueing the same key again adds nothing. */
  key?: string;
  /** Attempts before the job goes to the dead-letter list (default 5). */
  maxAttempts?: number;
}

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  groupId?: number;
  key?: string;
  status: JobStatus;
  /** Claims so far, this one included. */
  attempts: number;
  maxAttempts: number;
  /** Epoch ms before which a queued job is not claimed (retry backoff). */
  runAfter: number;
  leaseUntil?: number;
  lockedBy?: string;
  lastError?: string;
  result?: unknown;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
}
