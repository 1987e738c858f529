/**
 * A worker: claims jobs from the store's queue and runs them, one at a time, until it is
 * stopped (or, with exitWhenIdle, until nothing is left that it could do).
 *
 * - The lease is renewed every third of its length; a worker that dies simply stops renewing,
 *   and after the lease another worker takes the job over (at-least-once delivery).
 * - A failed job goes back to the queue after an exponential backoff with jitter, and to the
 *   dead-letter list after its last attempt (`auscult jobs`).
 * - Stopping (SIGINT/SIGTERM through `signal`) aborts the running job at its next batch and
 *   gives it back to the queue without counting the attempt.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/store.js';
import type { Job } from './job.js';

export interface JobContext {
  store: Store;
  /** Aborted when the worker stops or loses the job's lease: stop at the next safe point. */
  signal: AbortSignal;
}

export type JobHandler = (job: Job, context: JobContext) => Promise<unknown>;

export type WorkerEvent =
  | { type: 'claimed'; job: Job }
  | { type: 'done'; job: Job; ms: number; remainingInGroup: number }
  | { type: 'failed'; job: Job; error: string; outcome: 'retrying' | 'dead' | 'lost'; retryInMs: number }
  | { type: 'lost'; job: Job }
  | { type: 'released'; job: Job }
  | { type: 'group-finished'; groupId: number }
  | { type: 'idle' };

export interface WorkerOptions {
  store: Store;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Unique among workers; defaults to host:pid. */
  id?: string;
  /** Default 30 s. */
  leaseMs?: number;
  /** Wait between empty polls, growing to 5× when idle (default 1 s). */
  pollMs?: number;
  /** Stop when no job is queued or running (others' included: a dead worker's job is taken over first). */
  exitWhenIdle?: boolean;
  /** Only jobs of this group (an ingest run). */
  groupId?: number;
  /** Backoff before retry n (1-based). Default 2 s × 2^(n−1), at most 5 min, ±20%. */
  backoffMs?: (attempt: number) => number;
  /** Called when the last job of a group finishes (done or dead): ingest uses it to close its run. */
  onGroupFinished?: (groupId: number) => Promise<void>;
  onEvent?: (event: WorkerEvent) => void;
  signal?: AbortSignal;
}

export function defaultBackoff(attempt: number): number {
  const base = Math.min(2000 * 2 ** (attempt - 1), 300_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export function workerId(): string {
  return `${hostname()}:${process.pid}`;
}

export async function runWorker(options: WorkerOptions): Promise<{ done: number; failed: number }> {
  const { store, handlers } = options;
  const id = options.id ?? workerId();
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 1000;
  const backoff = options.backoffMs ?? defaultBackoff;
  const emit = options.onEvent ?? (() => undefined);
  const kinds = Object.keys(handlers);
  const tally = { done: 0, failed: 0 };
  let idlePolls = 0;

  while (!options.signal?.aborted) {
    const job = await store.jobs.claim(id, { kinds, leaseMs, ...(options.groupId !== undefined ? { groupId: options.groupId } : {}) });
    if (!job) {
      if (options.exitWhenIdle) {
        const left = await store.jobs.summary(options.groupId);
        if (left.queued === 0 && left.running === 0) break;
      }
      emit({ type: 'idle' });
      idlePolls++;
      await sleep(pollMs * Math.min(5, idlePolls), undefined, { signal: options.signal }).catch(() => undefined);
      continue;
    }
    idlePolls = 0;
    emit({ type: 'claimed', job });
    await runOne(job);
  }
  return tally;

  async function runOne(job: Job): Promise<void> {
    const controller = new AbortController();
    const stop = () => controller.abort(new Error('worker stopping'));
    options.signal?.addEventListener('abort', stop, { once: true });
    let lost = false;
    const beat = setInterval(() => {
      store.jobs.heartbeat(job.id, id, leaseMs).then((ours) => {
        if (!ours) {
          lost = true;
          controller.abort(new Error('lease lost'));
        }
      }, () => undefined);
    }, Math.max(50, Math.floor(leaseMs / 3)));
    const started = Date.now();
    try {
      const result = await handlers[job.kind]!(job, { store, signal: controller.signal });
      const completion = await store.jobs.complete(job.id, id, result);
      if (completion.lost) {
        emit({ type: 'lost', job });
        return;
      }
      tally.done++;
      emit({ type: 'done', job, ms: Date.now() - started, remainingInGroup: completion.remainingInGroup });
      if (completion.remainingInGroup === 0 && job.groupId !== undefined) await finishGroup(job.groupId);
    } catch (error) {
      if (options.signal?.aborted && !lost) {
        await store.jobs.release(job.id, id);
        emit({ type: 'released', job });
        return;
      }
      if (lost) {
        emit({ type: 'lost', job });
        return;
      }
      tally.failed++;
      const message = (error as Error).message ?? String(error);
      const retryInMs = backoff(job.attempts);
      const outcome = await store.jobs.fail(job.id, id, message, retryInMs);
      emit({ type: 'failed', job, error: message, outcome, retryInMs });
      if (outcome === 'dead' && job.groupId !== undefined) {
        const left = await store.jobs.summary(job.groupId);
        if (left.queued === 0 && left.running === 0) await finishGroup(job.groupId);
      }
    } finally {
      clearInterval(beat);
      options.signal?.removeEventListener('abort', stop);
    }
  }

  async function finishGroup(groupId: number): Promise<void> {
    await options.onGroupFinished?.(groupId);
    emit({ type: 'group-finished', groupId });
  }
}
