/**
 * The ingest pipeline for files: frame → detect format → parse to events → write in
 * batches, each batch committed together with the file's checkpoint (R5.8).
 *
 * Guarantees: memory stays bounded by the batch size whatever the file size; bad records
 * are quarantined with file, line and reason and the run goes on; a run killed at any
 * point and started again ends with the same data as an uninterrupted run; ingesting the
 * same files twice changes nothing.
 */
import { basename } from 'node:path';
import { auditIngestDeletions } from '../audit/ingest-audit.js';
import { addCounts, emptyCounts, type IngestCounts } from '../domain/ingest-run.js';
import type { Post } from '../domain/post.js';
import type { IngestBatch, QuarantineInput, Store } from '../store/store.js';
import type { IngestEvent } from './events.js';
import { fileKey } from './file-key.js';
import type { Format, RecordContext } from './formats/format.js';
import type { CsvMapping } from './formats/csv-mapped.js';
import { JSON_FORMATS, csvFormats, detectFormat, findFormat, isCsvPath } from './formats/registry.js';
import { readCsvRecords } from './framing/csv-records.js';
import { readJsonRecords } from './framing/json-records.js';
import { type ByteRange, openInput } from './framing/open-input.js';
import type { RawRecord } from './framing/raw-record.js';
import { InputReadError } from './input-read-error.js';
import { RecordParseError } from './record-parse-error.js';

const RAW_LIMIT = 4096;

export interface IngestOptions {
  /** Force a format by name instead of detecting it per file. */
  format?: string;
  /** Extra CSV column mappings (tried before the shipped ones). */
  mappings?: CsvMapping[];
  /** Records per transaction (at most). */
  batchSize?: number;
  /** Events per transaction (at most): an API page is one record but a hundred posts. */
  batchEvents?: number;
  /** Process files again even when their checkpoint says they are complete. */
  force?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /** Clock, for snapshot times of data that carries none. */
  now?: number;
  /** Applied to every post before it is stored: redaction of PHI before storage (R1.4) uses it. */
  transformPost?: (post: Post) => Post;
}

export interface IngestProgress {
  file: string;
  fileIndex: number;
  files: number;
  bytesRead: number;
  bytesTotal: number;
  records: number;
}

export interface FileResult {
  path: string;
  format?: string;
  status: 'ingested' | 'already-complete' | 'unrecognised' | 'failed';
  counts: IngestCounts;
  /** Records skipped because an earlier, interrupted run had already stored them. */
  resumedFrom: number;
  error?: string;
}

/**
 * What one ingest pass reads: a whole file, or a byte range of a plain NDJSON file (one job of
 * a file cut for several workers, see ingest-jobs.ts).
 */
export interface IngestSource {
  path: string;
  /** The file's content key (file-key.ts): quarantine rows name it, however the file was cut. */
  fileKey: string;
  /** Names this source's checkpoint: the file key, plus the range for a chunk. */
  checkpointKey: string;
  range?: ByteRange & { firstLine: number };
}

export interface IngestResult {
  runId: number;
  counts: IngestCounts;
  files: FileResult[];
}

export async function ingestFiles(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const runId = await store.startRun(paths);
  const total = emptyCounts();
  const files: FileResult[] = [];
  let failed = false;
  try {
    for (const [index, path] of paths.entries()) {
      options.signal?.throwIfAborted();
      const result = await ingestFile(store, runId, path, index, paths.length, options);
      addCounts(total, result.counts);
      files.push(result);
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await store.finishRun(runId, failed ? 'failed' : 'done', total);
    await auditIngestDeletions(store, runId, total);
  }
  return { runId, counts: total, files };
}

async function ingestFile(
  store: Store, runId: number, path: string, fileIndex: number, files: number, options: IngestOptions,
): Promise<FileResult> {
  const key = await fileKey(path);
  return ingestSource(store, runId, { path, fileKey: key, checkpointKey: key }, { fileIndex, files }, options);
}

/** Ingests one source in batches, each committed with its checkpoint; resumes after the last one committed. */
export async function ingestSource(
  store: Store, runId: number, source: IngestSource, position: { fileIndex: number; files: number }, options: IngestOptions,
): Promise<FileResult> {
  const { path, fileKey: key, checkpointKey } = source;
  const counts = emptyCounts();
  const checkpoint = await store.getCheckpoint(checkpointKey);
  if (checkpoint?.complete && !options.force) {
    return { path, format: checkpoint.format, status: 'already-complete', counts, resumedFrom: checkpoint.recordsDone };
  }
  const resumeFrom = options.force ? 0 : (checkpoint?.recordsDone ?? 0);
  const input = await openInput(path, source.range);
  const csv = isCsvPath(path) || (options.format?.startsWith('csv') ?? false);
  const records = csv
    ? readCsvRecords(input.chunks)
    : readJsonRecords(input.chunks, source.range ? { ndjsonFromLine: source.range.firstLine } : {});
  const candidates = csv ? csvFormats(options.mappings) : JSON_FORMATS;
  const batchSize = options.batchSize ?? 10_000;
  const batchEvents = options.batchEvents ?? 20_000;
  const ctx: RecordContext = { file: path, line: 0, now: options.now ?? Date.now() };

  let format = findFormat(options.format ?? (resumeFrom > 0 ? checkpoint?.format ?? '' : ''), options.mappings);
  if (options.format && !format) throw new Error(`unknown format "${options.format}"; known: ${candidates.map((f) => f.name).join(', ')}`);
  let index = 0;
  let batch = newBatch(runId);
  const report = () => options.onProgress?.({
    file: path, fileIndex: position.fileIndex, files: position.files, bytesRead: input.bytesRead(), bytesTotal: input.sizeBytes,
    records: index,
  });
  // @NOTE one batch is written while the next is parsed (a server store then works while we
  // parse); batches still reach the store one at a time and in order, so checkpoints and
  // resume are unchanged. A failed write surfaces at the next flush.
  let writing: Promise<void> = Promise.resolve();
  let writeFailure: unknown;
  const drain = async () => {
    await writing;
    if (writeFailure !== undefined) throw writeFailure;
  };
  const flush = async (complete: boolean) => {
    const full = batch;
    full.checkpoint = { fileKey: checkpointKey, path, format: format?.name ?? 'unrecognised', recordsDone: index, complete };
    batch = newBatch(runId);
    await drain();
    counts.records += full.recordCount;
    writing = store.writeBatch(full).then((written) => {
      addCounts(counts, written);
      report();
    }, (error: unknown) => {
      writeFailure = error;
    });
    if (complete) await drain();
  };
  try {
    for await (const record of records) {
      index++;
      if (index <= resumeFrom) continue;
      if (!format && record.error) {
        // A bad record before the first good one cannot tell us the format; keep looking.
        batch.recordCount++;
        batch.quarantine.push(quarantined(key, path, record, 0, record.error.field, record.error.reason));
        continue;
      }
      if (!format) {
        format = detectFirst(record, candidates);
        if (!format) {
          batch.quarantine.push(quarantined(key, path, record, 0, undefined,
            `unrecognised format: the first record matches none of ${candidates.map((f) => f.name).join(', ')}`));
          batch.recordCount++;
          await flush(true);
          return { path, status: 'unrecognised', counts, resumedFrom: resumeFrom };
        }
      }
      ctx.line = record.line;
      collect(format, record, ctx, key, path, batch, options.transformPost);
      if (batch.recordCount >= batchSize || batch.events.length >= batchEvents) await flush(false);
      options.signal?.throwIfAborted();
    }
    await flush(true);
    return { path, ...(format ? { format: format.name } : {}), status: 'ingested', counts, resumedFrom: resumeFrom };
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    // Keep every good record read before the damage; the file itself is quarantined.
    batch.quarantine.push({ fileKey: key, file: path, line: ctx.line + 1, item: 0, reason: error.message, raw: '' });
    await flush(false);
    await drain();
    return { path, ...(format ? { format: format.name } : {}), status: 'failed', counts, resumedFrom: resumeFrom,
      error: error.message };
  } finally {
    await writing; // never leave a write running behind the caller
    input.close();
  }
}

interface PendingBatch extends IngestBatch {
  events: IngestEvent[];
  quarantine: QuarantineInput[];
  recordCount: number;
}

function newBatch(runId: number): PendingBatch {
  return { runId, events: [], quarantine: [], recordCount: 0 };
}

function detectFirst(record: RawRecord, candidates: readonly Format[]): Format | undefined {
  if (record.error) return undefined;
  return detectFormat(record.value, candidates);
}

/** Parses one record into the batch: its events, or quarantine entries for what is bad. */
function collect(
  format: Format, record: RawRecord, ctx: RecordContext, key: string, path: string, batch: PendingBatch,
  transformPost?: (post: Post) => Post,
): void {
  batch.recordCount++;
  if (record.error) {
    batch.quarantine.push(quarantined(key, path, record, 0, record.error.field, record.error.reason));
    return;
  }
  let items: Array<IngestEvent | RecordParseError>;
  try {
    items = format.toEvents(record.value, ctx);
  } catch (error) {
    const parseError = error instanceof RecordParseError
      ? error
      : new RecordParseError(`unexpected ${format.name} parser failure: ${(error as Error).message}`, { cause: error });
    batch.quarantine.push(quarantined(key, path, record, 0, parseError.field, parseError.reason));
    return;
  }
  let item = 0;
  for (const value of items) {
    if (value instanceof RecordParseError) {
      item++;
      batch.quarantine.push(quarantined(key, path, record, item, value.field, value.reason));
    } else {
      batch.events.push(transformPost && value.kind === 'post' ? { kind: 'post', post: transformPost(value.post) } : value);
    }
  }
}

function quarantined(
  key: string, path: string, record: RawRecord, item: number, field: string | undefined, reason: string,
): QuarantineInput {
  return {
    fileKey: key, file: path, line: record.line, item, reason,
    raw: record.text.length > RAW_LIMIT ? `${record.text.slice(0, RAW_LIMIT)}…` : record.text,
    ...(field ? { field } : {}),
  };
}

/** "reddit.ndjson.gz line 12 (body): …" — the shape every ingest message uses. */
export function describeQuarantine(q: { file: string; line: number; field?: string; reason: string }): string {
  return `${basename(q.file)} line ${q.line}${q.field ? ` (${q.field})` : ''}: ${q.reason}`;
}
