/**
 * Bulk enrichment over every core: texts go to worker_threads in batches, results come back in input order.
 * `analyzeStream` keeps memory bounded (a few batches in flight per worker) for files of any size; `analyzeMany`
 * collects everything into an array. Small inputs run in this thread (a worker costs one lexicon load, ~0.3 s).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { encodeAnalysis } from './analysis-codec.js';
import { createAnalyzer, getAnalyzer, type Analysis, type AnalyzeOptions } from './analyze.js';

export interface AnalyzeInput { text: string; options?: AnalyzeOptions }

export type AnalyzeOutcome = { ok: true; value: Analysis } | { ok: false; error: string };
/** With `json: true` each result arrives as its JSON text (what an NDJSON writer or a jsonb column wants). */
export type AnalyzeJsonOutcome = { ok: true; json: string; /** The stored form (analysis-codec.ts), with `encoded: true`. */ encoded?: Uint8Array }
  | { ok: false; error: string };
/** With `summarize`, each result arrives as its stored form and the summary the caller's function made of it. */
export type AnalyzeSummaryOutcome<S> = { ok: true; encoded: Uint8Array; summary: S } | { ok: false; error: string };

export interface AnalyzeManyOptions {
  /** Worker threads (default: available cores). 0 runs in this thread. */
  workers?: number;
  /** Texts per message to a worker (default 256). */
  batchSize?: number;
  /** Below this many inputs (when known), run in this thread (default 1,000). */
  inlineBelow?: number;
  onProgress?: (done: number) => void;
}

/**
 * A function of the caller's that runs beside the analyzer, in its thread, on each analysis: only its JSON-able
 * result and the stored form cross back, so the thread that consumes the results never parses an analysis.
 * `module` is the URL of an ES module (`new URL('./x.js', import.meta.url).href`) and `name` the function it exports.
 */
export interface SummarizeSpec { module: string; name: string }

type Summarize = (analysis: Analysis) => unknown;

/** The caller's summary function (in whichever thread analyses). */
export async function loadSummarize(spec: SummarizeSpec): Promise<Summarize> {
  const fn = ((await import(spec.module)) as Record<string, unknown>)[spec.name];
  if (typeof fn !== 'function') throw new Error(`analyzeStream: ${spec.module} exports no function ${spec.name}`);
  return fn as Summarize;
}

function startWorker(summarize?: SummarizeSpec): Worker {
  const workerData = { summarize };
  // From dist the worker is plain .js. From source (tsx, tests) it is a .ts file: Node 20 does not pass --import
  // loaders to workers, so a one-line bootstrap registers tsx inside the worker first.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-worker.js', import.meta.url), { workerData });
  const target = new URL('./analyze-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(target)}); });`,
    { eval: true, workerData });
}

function toInput(x: string | AnalyzeInput): AnalyzeInput {
  return typeof x === 'string' ? { text: x } : x;
}

/** What a worker posts back for one batch (analyze-worker.ts). */
export interface WorkerBatchReply {
  batch: number;
  /** Without `json`: one outcome per input. */
  results?: AnalyzeOutcome[];
  /** With `json`: every result's JSON text, joined on '\n' (JSON text has no raw newline). */
  joined?: string;
  /** With `summarize`: the summaries as one JSON array. */
  summaries?: string;
  /** The stored forms, back to back in one transferred buffer: input i's is bytes ends[i]…ends[i+1]. */
  blob?: ArrayBuffer;
  ends?: ArrayBuffer;
  errors?: Array<[number, string]>;
}

/** The outcomes of one batch as a worker posted them. */
function unpack(m: WorkerBatchReply): Outcome[] {
  if (m.results) return m.results;
  const blob = m.blob && new Uint8Array(m.blob);
  const ends = m.ends && new Uint32Array(m.ends);
  const encodedAt = (i: number) => blob!.subarray(ends![i], ends![i + 1]);
  let results: Outcome[];
  if (m.summaries !== undefined) {
    const summaries = JSON.parse(m.summaries) as unknown[];
    results = new Array<Outcome>(summaries.length);
    for (let i = 0; i < summaries.length; i++) results[i] = { ok: true, encoded: encodedAt(i), summary: summaries[i] };
  } else {
    const lines = m.joined!.split('\n');
    results = lines.map((json, i) => (blob ? { ok: true as const, json, encoded: encodedAt(i) } : { ok: true as const, json }));
  }
  for (const [i, error] of m.errors ?? []) results[i] = { ok: false, error };
  return results;
}

type Outcome = AnalyzeOutcome | AnalyzeJsonOutcome | AnalyzeSummaryOutcome<unknown>;

/** Analyzes texts in order over worker threads; yields one outcome per input (an error does not stop the run). */
export function analyzeStream<S>(inputs: Iterable<string | AnalyzeInput> | AsyncIterable<string | AnalyzeInput>,
  options: AnalyzeManyOptions & { summarize: SummarizeSpec }): AsyncGenerator<AnalyzeSummaryOutcome<S>>;
export function analyzeStream(inputs: Iterable<string | AnalyzeInput> | AsyncIterable<string | AnalyzeInput>,
  options: AnalyzeManyOptions & { json: true; encoded?: boolean }): AsyncGenerator<AnalyzeJsonOutcome>;
export function analyzeStream(inputs: Iterable<string | AnalyzeInput> | AsyncIterable<string | AnalyzeInput>,
  options?: AnalyzeManyOptions & { json?: false }): AsyncGenerator<AnalyzeOutcome>;

export async function* analyzeStream(inputs: Iterable<string | AnalyzeInput> | AsyncIterable<string | AnalyzeInput>,
  options: AnalyzeManyOptions & { json?: boolean; encoded?: boolean; summarize?: SummarizeSpec } = {}): AsyncGenerator<Outcome> {
  const summarize = options.summarize;
  const json = summarize === undefined && options.json === true;
  const encoded = summarize !== undefined || (json && options.encoded === true);
  const workers = options.workers ?? availableParallelism();
  const batchSize = options.batchSize ?? 256;
  const known = Array.isArray(inputs) ? inputs.length : undefined;
  let done = 0;
  if (workers <= 0 || (known !== undefined && known < (options.inlineBelow ?? 1000))) {
    const analyzer = getAnalyzer();
    const summary = summarize && await loadSummarize(summarize);
    for await (const raw of inputs) {
      const input = toInput(raw);
      try {
        const value = analyzer.analyze(input.text, input.options);
        if (summary) {
          yield { ok: true, encoded: encodeAnalysis(JSON.stringify(value)), summary: summary(value) };
        } else if (json) {
          const text = JSON.stringify(value);
          yield { ok: true, json: text, ...(encoded ? { encoded: encodeAnalysis(text) } : {}) };
        } else {
          yield { ok: true, value };
        }
      } catch (error) {
        yield { ok: false, error: (error as Error).message };
      }
      options.onProgress?.(++done);
    }
    return;
  }
  const pool = Array.from({ length: workers }, () => startWorker(summarize));
  const ready = pool.map((w) => new Promise<void>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean }) => { if (m.ready) { w.off('message', onMessage); resolve(); } };
    w.on('message', onMessage);
    w.once('error', reject);
  }));
  const pending = new Map<number, { resolve: (r: Outcome[]) => void; reject: (e: unknown) => void }>();
  const results = new Map<number, Promise<Outcome[]>>();
  for (const w of pool) {
    w.on('message', (m: WorkerBatchReply) => {
      if (m.batch === undefined) return;
      const handler = pending.get(m.batch);
      pending.delete(m.batch);
      if (handler) handler.resolve(unpack(m));
    });
    w.on('error', (error) => { for (const p of pending.values()) p.reject(error); pending.clear(); });
  }
  try {
    await Promise.all(ready);
    let next = 0;
    let emit = 0;
    let batch: AnalyzeInput[] = [];
    const maxInFlight = workers * 8;
    const send = (items: AnalyzeInput[]) => {
      const id = next++;
      results.set(id, new Promise((resolve, reject) => pending.set(id, { resolve, reject })));
      pool[id % workers]!.postMessage({ batch: id, json, encoded, items });
    };
    async function* drain(all: boolean): AsyncGenerator<Outcome> {
      while (results.has(emit) && (all || next - emit >= maxInFlight)) {
        const r = await results.get(emit)!;
        results.delete(emit);
        emit++;
        for (const x of r) {
          yield x;
          options.onProgress?.(++done);
        }
      }
    }
    for await (const raw of inputs) {
      batch.push(toInput(raw));
      if (batch.length >= batchSize) {
        send(batch);
        batch = [];
        yield* drain(false);
      }
    }
    if (batch.length > 0) send(batch);
    yield* drain(true);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Analyzes every text (in input order) over worker threads; throws on the first text that fails. */
export async function analyzeMany(inputs: Iterable<string | AnalyzeInput> | AsyncIterable<string | AnalyzeInput>,
  options: AnalyzeManyOptions = {}): Promise<Analysis[]> {
  const out: Analysis[] = [];
  let index = 0;
  for await (const r of analyzeStream(inputs, { ...options, json: false })) {
    if (!r.ok) throw new Error(`analyzeMany: input ${index}: ${r.error}`);
    out.push(r.value);
    index++;
  }
  return out;
}

export { createAnalyzer };
