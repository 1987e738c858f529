/**
 * Which code runs each kind of job, and what happens when a group of jobs is finished.
 * The one place where job kinds meet the features that own them.
 */
import { INGEST_JOB, finishIngestRun, runIngestJob } from '../ingest/ingest-jobs.js';
import type { Store } from '../store/store.js';
import type { JobHandler } from './worker.js';

export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [INGEST_JOB]: runIngestJob,
};

/** Groups are ingest runs: when their last job is done, the run gets its totals. */
export function finishGroup(store: Store): (groupId: number) => Promise<void> {
  return (groupId) => finishIngestRun(store, groupId);
}
