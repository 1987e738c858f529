/**
 * Enrichment as jobs for the worker pool: the pending posts cut into row-id ranges, one job
 * each. A job is idempotent: it analyses what is still pending in its range with the worker's
 * analyzer version, and results for text that changed meanwhile are dropped.
 */
import { ANALYZER_VERSION } from '../nlp/analyze.js';
import type { JobSpec } from '../jobs/job.js';
import type { JobHandler } from '../jobs/worker.js';
import type { Store } from '../store/store.js';
import { enrichPending } from './enrich-posts.js';

export const ENRICH_JOB = 'enrich';
export const DEFAULT_ENRICH_JOB_POSTS = 20_000;

export interface EnrichJobPayload { afterRowId: number; beforeRowId: number; version: string }

/** Jobs for what is pending now (none when nothing is), in `groupId` when given (an ingest run's new posts). */
export async function planEnrichJobs(store: Store, options: { groupId?: number; postsPerJob?: number } = {}): Promise<JobSpec[]> {
  const version = ANALYZER_VERSION;
  const summary = await store.enrichment.summary(version);
  if (summary.missing + summary.outdated === 0) return [];
  const ranges = await store.enrichment.pendingRanges(version, options.postsPerJob ?? DEFAULT_ENRICH_JOB_POSTS);
  return ranges.map((r) => ({
    kind: ENRICH_JOB, payload: { ...r, version } satisfies EnrichJobPayload,
    key: `enrich:${version}:${options.groupId ?? 0}:${r.afterRowId}-${r.beforeRowId}`,
    ...(options.groupId !== undefined ? { groupId: options.groupId } : {}),
  }));
}

/** Runs in the worker's own thread: the worker processes are the parallelism. */
export const runEnrichJob: JobHandler = async (job, { store, signal }) => {
  const payload = job.payload as EnrichJobPayload;
  return enrichPending(store, { workers: 0, afterRowId: payload.afterRowId, beforeRowId: payload.beforeRowId, signal });
};
