/**
 * Deletions that arrive through ingest (a platform's delete notice, an account deleted) change
 * what Auscult holds without a person acting: the run that applied them leaves one audit entry
 * with the counts (R5.4 records deletions; the post ids and texts stay out of the log).
 */
import type { IngestCounts } from '../domain/ingest-run.js';
import type { Store } from '../store/store.js';

export async function auditIngestDeletions(store: Store, runId: number, counts: IngestCounts): Promise<void> {
  if (counts.deletions === 0 && counts.postsSuppressed === 0) return;
  await store.audit.append({ actor: 'system', action: 'ingest.deletions', target: `run:${runId}`, outcome: 'ok',
    reason: 'deletion notices from the sources were applied', details: { deletions: counts.deletions, keptDeleted: counts.postsSuppressed } });
}
