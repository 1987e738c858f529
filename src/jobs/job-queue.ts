/**
 * The job queue port: a queue that lives in the store's database (PostgreSQL `FOR UPDATE SKIP
 * LOCKED`, or an SQLite write transaction), with leases, retries with backoff and a
 * dead-letter list. Delivery is at least once: a job whose worker dies is claimed again once
 * its lease runs out, so every handler must be idempotent (ingest is, through checkpoints
 * and the store's upsert rules).
 */
import type { Job, JobSpec, JobStatus } from './job.js';

export interface ClaimOptions {
  /** Only these kinds (default: any). */
  kinds?: readonly string[];
  /** Only jobs of this group. */
  groupId?: number;
  /** How long the claim holds without a heartbeat. */
  leaseMs: number;
}

export type Completion = { lost: true } | { lost: false; remainingInGroup: number };

export interface JobQueue {
  /** Adds jobs; a spec whose key is already queued adds nothing. Returns the ids of the jobs, new or existing. */
  enqueue(specs: readonly JobSpec[]): Promise<number[]>;
  /** Takes the oldest ready job (queued and due, or running with an expired lease), or undefined. */
  claim(worker: string, options: ClaimOptions): Promise<Job | undefined>;
  /** Extends the lease; false when the job is no longer this worker's (its lease ran out and another took it). */
  heartbeat(id: number, worker: string, leaseMs: number): Promise<boolean>;
  /** Marks the job done with its result and says how many jobs of its group are still to finish. */
  complete(id: number, worker: string, result: unknown): Promise<Completion>;
  /** Records a failure: back to the queue after `retryInMs`, or to the dead-letter list when out of attempts. */
  fail(id: number, worker: string, error: string, retryInMs: number): Promise<'retrying' | 'dead' | 'lost'>;
  /** Gives a claimed job back untouched (a worker shutting down); the attempt does not count. */
  release(id: number, worker: string): Promise<void>;
  list(filter?: { status?: JobStatus; groupId?: number; limit?: number }): Promise<Job[]>;
  get(id: number): Promise<Job | undefined>;
  /** Puts jobs (given ones, or every dead one of a group or of all) back in the queue with fresh attempts. */
  retry(target: { ids: readonly number[] } | { status: 'dead'; groupId?: number }): Promise<number>;
  /** Jobs per status, for one group or all. */
  summary(groupId?: number): Promise<Record<JobStatus, number>>;
}
