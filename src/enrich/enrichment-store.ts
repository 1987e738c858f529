/**
 * The enrichment port: which posts need the analyzer, and where its results go. Each store
 * adapter implements it beside its posts (the store's `enrichment`), so that a post's
 * enrichment is removed in the same transaction as the post or its old text (R4.1, R4.4).
 */
import type { EnrichmentInput, EnrichmentRecord } from './enrichment.js';

export interface PendingOptions {
  /** The analyzer version now: posts enriched by another version are pending again. */
  version: string;
  limit: number;
  /** Row ids after this one only (keyset paging). */
  afterRowId?: number;
  /** Row ids below this one only (one job's range). */
  beforeRowId?: number;
}

export interface EnrichmentSummary {
  posts: number;
  /** Enriched by the current version. */
  current: number;
  /** Enriched by an older version (re-enrichment pending). */
  outdated: number;
  /** Never enriched. */
  missing: number;
}

export interface EnrichmentStore {
  /** Posts without an enrichment of this version, in row-id order. */
  pending(options: PendingOptions): Promise<EnrichmentInput[]>;
  /** Stores results (replacing older ones). A result whose text has changed or been deleted since it was read is dropped. */
  write(records: readonly EnrichmentRecord[]): Promise<{ written: number; stale: number }>;
  summary(version: string): Promise<EnrichmentSummary>;
  /** Row-id boundaries that cut the pending posts into ranges of about `size` posts (for enrich jobs). */
  pendingRanges(version: string, size: number): Promise<Array<{ afterRowId: number; beforeRowId: number }>>;
  /** The stored analysis of a post (JSON text), when it has one. */
  analysisOf(platform: string, nativeId: string): Promise<{ version: string; analysis: string } | undefined>;
}

/** Ranges (after, before) between cut points, the last one open-ended. */
export function toRanges(cuts: number[]): Array<{ afterRowId: number; beforeRowId: number }> {
  const ranges: Array<{ afterRowId: number; beforeRowId: number }> = [];
  let after = 0;
  for (const cut of cuts) {
    ranges.push({ afterRowId: after, beforeRowId: cut + 1 });
    after = cut;
  }
  ranges.push({ afterRowId: after, beforeRowId: Number.MAX_SAFE_INTEGER });
  return ranges;
}
