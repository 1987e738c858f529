/**
 * Ingest as jobs for the worker pool: one job per file, or per chunk of a large plain NDJSON
 * file (cut at line ends, each chunk knowing the line it starts at). A job is idempotent: it
 * resumes from its own checkpoint, and the store's rules make a second run of it change
 * nothing, so the queue's at-least-once delivery never duplicates data.
 *
 * @NOTE workers open files by path: every worker must see the same files at the same paths
 * (one machine, or a shared volume). Gzipped, CSV and JSON-array files are read whole by one
 * job; they cannot be entered in the middle.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { auditIngestDeletions } from '../audit/ingest-audit.js';
import { addCounts, emptyCounts, type IngestCounts } from '../domain/ingest-run.js';
import type { Job, JobSpec } from '../jobs/job.js';
import type { JobHandler } from '../jobs/worker.js';
import type { Store } from '../store/store.js';
import { redactPostPhi } from '../enrich/redact-before-storage.js';
import { fileKey } from './file-key.js';
import { type CsvMapping, parseCsvMapping } from './formats/csv-mapped.js';
import { JSON_FORMATS, detectFormat, isCsvPath } from './formats/registry.js';
import { startsWithGzipMagic } from './framing/open-input.js';
import { type FileResult, ingestSource, type IngestSource } from './ingest-files.js';

export const INGEST_JOB = 'ingest';
/** Default chunk size: big enough that per-job overhead is nothing, small enough to spread a file over workers. */
export const DEFAULT_CHUNK_BYTES = 64 << 20;

export interface IngestJobPayload {
  source: IngestSource;
  /** The format found in the file's first record, so every chunk parses the same way. */
  format?: string;
  /** Column mappings given with --mapping, carried in the job so that any worker can use them. */
  mappings?: unknown[];
  batchSize?: number;
  /** Queue the run's new posts for enrichment when it is done (default true). */
  enrich?: boolean;
  /** Redact PHI from post text before storing it (R1.4). */
  redactPhi?: boolean;
}

export interface PlanOptions {
  chunkBytes?: number;
  format?: string;
  /** Column mappings as JSON (what a --mapping file holds), validated again by the worker. */
  mappings?: unknown[];
  batchSize?: number;
  enrich?: boolean;
  redactPhi?: boolean;
}

/** The jobs that ingest these files into run `runId` (the jobs' group). */
export async function planIngestJobs(runId: number, paths: readonly string[], options: PlanOptions = {}): Promise<JobSpec[]> {
  const specs: JobSpec[] = [];
  for (const path of paths.map((p) => resolve(p))) {
    const key = await fileKey(path);
    const base = {
      ...(options.mappings?.length ? { mappings: options.mappings } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.enrich === false ? { enrich: false } : {}),
      ...(options.redactPhi ? { redactPhi: true } : {}),
    };
    const chunks = await cutNdjson(path, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    if (!chunks) {
      const payload: IngestJobPayload = { source: { path, fileKey: key, checkpointKey: key }, ...base,
        ...(options.format ? { format: options.format } : {}) };
      specs.push({ kind: INGEST_JOB, payload, groupId: runId, key: `ingest:${runId}:${key}` });
      continue;
    }
    const format = options.format ?? chunks.format;
    for (const c of chunks.ranges) {
      const checkpointKey = `${key}#${c.start}-${c.end}`;
      const payload: IngestJobPayload = { source: { path, fileKey: key, checkpointKey, range: c }, ...base,
        ...(format ? { format } : {}) };
      specs.push({ kind: INGEST_JOB, payload, groupId: runId, key: `ingest:${runId}:${checkpointKey}` });
    }
  }
  return specs;
}

/** Runs one ingest job; its result is the file result with the job's counts. */
export const runIngestJob: JobHandler = async (job: Job, { store, signal }): Promise<FileResult> => {
  const payload = job.payload as IngestJobPayload;
  const { source } = payload;
  const key = await fileKey(source.path).catch((error: unknown) => {
    throw new Error(`${source.path}: cannot read the file this job was planned for (${(error as Error).message})`);
  });
  if (key !== source.fileKey) throw new Error(`${source.path}: the file changed since the job was planned; ingest it again`);
  const mappings: CsvMapping[] = (payload.mappings ?? []).map((m, i) => parseCsvMapping(m, `mapping ${i + 1} of job ${job.id}`));
  return ingestSource(store, job.groupId ?? 0, source, { fileIndex: 0, files: 1 }, {
    ...(payload.format ? { format: payload.format } : {}),
    ...(payload.batchSize ? { batchSize: payload.batchSize } : {}),
    ...(payload.redactPhi ? { transformPost: redactPostPhi } : {}),
    mappings, signal,
  });
};

/** Closes run `runId` with its totals once every ingest job of it is done or dead; says whether to enrich what it stored. */
export async function finishIngestRun(store: Store, runId: number): Promise<{ enrich: boolean } | undefined> {
  const jobs = (await store.jobs.list({ groupId: runId, limit: 1_000_000 })).filter((j) => j.kind === INGEST_JOB);
  if (jobs.length === 0 || jobs.some((j) => j.status === 'queued' || j.status === 'running')) return undefined;
  const total: IngestCounts = emptyCounts();
  for (const j of jobs) if (j.status === 'done') addCounts(total, (j.result as FileResult | null)?.counts ?? {});
  await store.finishRun(runId, jobs.some((j) => j.status === 'dead') ? 'failed' : 'done', total);
  await auditIngestDeletions(store, runId, total);
  return { enrich: jobs.every((j) => (j.payload as IngestJobPayload).enrich !== false) };
}

/** Byte ranges of a plain NDJSON file, cut after a newline every `chunkBytes`; undefined when the file is read whole. */
export async function cutNdjson(path: string, chunkBytes: number): Promise<{ ranges: Array<{ start: number; end: number; firstLine: number }>; format?: string } | undefined> {
  if (isCsvPath(path) || await startsWithGzipMagic(path)) return undefined;
  const { size } = await stat(path);
  if (size <= chunkBytes) return undefined;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 1 << 20));
    await handle.read(head, 0, head.length, 0);
    const firstLine = head.toString('utf8').replace(/^\uFEFF/, '').split('\n').find((l) => l.trim().length > 0);
    let first: unknown;
    try {
      first = JSON.parse(firstLine ?? '');
    } catch {
      return undefined; // not one JSON value per line: a document or an array, read whole
    }
    const ranges: Array<{ start: number; end: number; firstLine: number }> = [];
    const block = Buffer.alloc(1 << 20);
    let start = 0;
    let line = 1;
    let position = 0;
    let linesBefore = 0;
    let cutAfter = chunkBytes;
    while (position < size) {
      const { bytesRead } = await handle.read(block, 0, block.length, position);
      if (bytesRead === 0) break;
      for (let i = block.indexOf(10, 0); i !== -1 && i < bytesRead; i = block.indexOf(10, i + 1)) {
        linesBefore++;
        const end = position + i + 1;
        if (end >= cutAfter && end < size) {
          ranges.push({ start, end, firstLine: line });
          start = end;
          line = linesBefore + 1;
          cutAfter = end + chunkBytes;
        }
      }
      position += bytesRead;
    }
    ranges.push({ start, end: size, firstLine: line });
    const format = detectFormat(first, JSON_FORMATS)?.name;
    return { ranges, ...(format ? { format } : {}) };
  } finally {
    await handle.close();
  }
}
