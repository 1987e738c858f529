/**
 * Influence as a job for the worker pool: queued in an ingest run's group once its posts are ingested and enriched,
 * it analyses the run's new and changed profiles (src/hcp/), then folds what the run stored into the scores (`updateInfluence`; a full compute when no run exists yet). The worker
 * process keeps the engine between jobs (one keeper per store), so after the first job an update costs only the new
 * rows. Idempotent: an update with nothing new stores runs equal to the last ones.
 */
import type { JobSpec } from '../jobs/job.js';
import type { JobHandler } from '../jobs/worker.js';
import type { Store } from '../store/store.js';
import { analyzeStoredAccounts } from '../hcp/registry-workflow/analyze-stored-accounts.js';
import { InfluenceKeeper, updateInfluence } from './influence-service.js';

export const INFLUENCE_JOB = 'influence';

const keepers = new WeakMap<Store, InfluenceKeeper>();

export function influenceJob(groupId: number): JobSpec {
  return { kind: INFLUENCE_JOB, payload: {}, key: `influence:${groupId}`, groupId };
}

export const runInfluenceJob: JobHandler = async (_job, { store }) => {
  let keeper = keepers.get(store);
  if (!keeper) keepers.set(store, (keeper = new InfluenceKeeper()));
  // The run's new and changed profiles first: their HCP status and country feed the scores.
  const profiles = await analyzeStoredAccounts(store.hcp);
  const result = await updateInfluence(store, { keeper });
  return { profilesAnalysed: profiles.analysed, mode: result.mode, rebuilt: result.rebuilt, folded: result.folded, runs: result.runs.map((r) => r.runId) };
};
