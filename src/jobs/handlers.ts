/**
 * Which code runs each kind of job, and what happens when a group of jobs is finished.
 * The one place where job kinds meet the features that own them.
 */
import { ENRICH_JOB, planEnrichJobs, runEnrichJob } from '../enrich/enrich-jobs.js';
import { INFLUENCE_JOB, influenceJob, runInfluenceJob } from '../influence/influence-jobs.js';
import { INGEST_JOB, finishIngestRun, runIngestJob } from '../ingest/ingest-jobs.js';
import type { Store } from '../store/store.js';
import type { JobHandler } from './worker.js';

export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [INGEST_JOB]: runIngestJob,
  [ENRICH_JOB]: runEnrichJob,
  [INFLUENCE_JOB]: runInfluenceJob,
};

/**
 * Groups are ingest runs: when their last ingest job is done, the run gets its totals and
 * what it stored is queued for enrichment in the same group (unless ingested with --no-enrich);
 * when nothing is left to enrich, one influence job (keyed by the group, so queued once) folds
 * the run into the DOL scores with the enrichment's therapy areas.
 */
export function finishGroup(store: Store): (groupId: number) => Promise<void> {
  return async (groupId) => {
    const finished = await finishIngestRun(store, groupId);
    // --no-enrich leaves every analysis stage (enrichment, then influence) to later commands.
    if (!finished?.enrich) return;
    const enrich = await planEnrichJobs(store, { groupId });
    await store.jobs.enqueue(enrich.length > 0 ? enrich : [influenceJob(groupId)]);
  };
}
