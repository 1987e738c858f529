/** One invocation of `auscult ingest`, with what it did. */
export interface IngestCounts {
  records: number;
  postsInserted: number;
  postsUpdated: number;
  postsUnchanged: number;
  /** Posts not written because a tombstone says they were deleted. */
  postsSuppressed: number;
  deletions: number;
  accounts: number;
  interactions: number;
  quarantined: number;
}

export function emptyCounts(): IngestCounts {
  return {
    records: 0, postsInserted: 0, postsUpdated: 0, postsUnchanged: 0, postsSuppressed: 0,
    deletions: 0, accounts: 0, interactions: 0, quarantined: 0,
  };
}

export function addCounts(into: IngestCounts, more: Partial<IngestCounts>): IngestCounts {
  for (const key of Object.keys(more) as Array<keyof IngestCounts>) into[key] += more[key] ?? 0;
  return into;
}

export interface IngestRun {
  id: number;
  startedAt: number;
  finishedAt?: number;
  status: 'running' | 'done' | 'failed';
  paths: string[];
  counts: IngestCounts;
}

/** A record that could not be ingested, kept with where it came from and why. */
export interface QuarantinedRecord {
  runId: number;
  file: string;
  line: number;
  /** The field at fault, as a dotted path, when one can be named. */
  field?: string;
  reason: string;
  /** The raw record, cut to a bounded length. */
  raw: string;
  at: number;
}
