/**
 * `auscult ingest --workers N`: N worker processes on this machine share the run's jobs
 * through the database, while this process shows their progress and waits for them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { addCounts, emptyCounts } from '../domain/ingest-run.js';
import type { FileResult, IngestResult } from '../ingest/ingest-files.js';
import type { Store } from '../store/store.js';
import type { Reporter } from './reporter.js';

export interface SpawnOptions {
  db: string;
  runId: number;
  workers: number;
  leaseSeconds?: number;
  reporter: Reporter;
}

/** Starts the workers with this same program (installed bin or source), and resolves when all have exited. */
export async function runLocalWorkers(store: Store, options: SpawnOptions): Promise<IngestResult> {
  const script = process.argv[1]!;
  const children: ChildProcess[] = [];
  const exits: Array<Promise<number | null>> = [];
  for (let i = 0; i < options.workers; i++) {
    const child = spawn(process.execPath, [...process.execArgv, script, 'worker', '--run', String(options.runId),
      '--exit-when-idle', '--poll', '200', '--id', `${process.pid}-w${i + 1}`,
      ...(options.leaseSeconds ? ['--lease', String(options.leaseSeconds)] : [])],
    { env: { ...process.env, AUSCULT_DB: options.db, CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => { tail = (tail + text).slice(-4000); });
    children.push(child);
    exits.push(new Promise((resolve) => child.on('exit', (code) => {
      if (code !== 0) options.reporter.warn(`worker ${i + 1} exited with code ${code}: ${tail.trim().split('\n').at(-1) ?? ''}`);
      resolve(code);
    })));
  }
  const stopChildren = () => { for (const c of children) c.kill('SIGTERM'); };
  process.once('SIGINT', stopChildren);
  let running = true;
  void Promise.all(exits).then(() => { running = false; });
  try {
    while (running) {
      const s = await store.jobs.summary(options.runId);
      const total = s.queued + s.running + s.done + s.dead;
      options.reporter.progress(`ingest with ${options.workers} workers`, s.done + s.dead, total,
        `${s.done}/${total} jobs done${s.dead ? `, ${s.dead} dead` : ''}, ${s.running} running`);
      await sleep(300);
    }
  } finally {
    process.off('SIGINT', stopChildren);
    options.reporter.stop();
  }
  const left = await store.jobs.summary(options.runId);
  if (left.queued + left.running > 0) {
    throw new Error(`the workers stopped with ${left.queued + left.running} jobs of run ${options.runId} unfinished; ` +
      `run \`auscult worker --run ${options.runId}\` to finish them`);
  }
  return resultOfRun(store, options.runId);
}

/** The run's result, per file, from its jobs (a file cut in chunks is one line). */
export async function resultOfRun(store: Store, runId: number): Promise<IngestResult> {
  const jobs = (await store.jobs.list({ groupId: runId, limit: 1_000_000 })).filter((j) => j.kind === 'ingest');
  const files = new Map<string, FileResult>();
  const total = emptyCounts();
  for (const job of [...jobs].reverse()) {
    const result = job.result as FileResult | null;
    const path = (job.payload as { source: { path: string } }).source.path;
    const known = files.get(path) ?? { path, status: 'ingested', counts: emptyCounts(), resumedFrom: 0 } satisfies FileResult;
    if (job.status === 'dead') {
      known.status = 'failed';
      known.error = job.lastError ?? 'failed';
    } else if (result) {
      addCounts(known.counts, result.counts);
      addCounts(total, result.counts);
      if (result.format) known.format = result.format;
      if (result.status === 'failed' || result.status === 'unrecognised') known.status = result.status;
      if (result.error) known.error = result.error;
    }
    files.set(path, known);
  }
  return { runId, counts: total, files: [...files.values()] };
}
