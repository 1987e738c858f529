/**
 * Three worker processes share a large ingest through PostgreSQL, and one is killed with
 * SIGKILL in the middle of a job (after at least one of its batches committed). Its lease runs
 * out, another worker takes the job over and resumes it from its checkpoint; the database ends
 * equal, row for row, to a single-process ingest of the same files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate-demo.js';
import { ingestFiles, type IngestSource } from '../../src/ingest/ingest-files.js';
import { planIngestJobs } from '../../src/ingest/ingest-jobs.js';
import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dataOf } from '../support/canonical-dump.js';
import { dumpPostgres } from '../support/dump-postgres.js';
import { PG_TEST_URL, describePostgres, openTestPostgresStore } from '../support/postgres.js';

const ROOT = resolve(import.meta.dirname, '../..');

function startWorker(db: string, runId: number, name: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--run', String(runId),
    '--exit-when-idle', '--lease', '2', '--poll', '100', '--id', name, '--db', db],
  { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.resume();
  return { child, exited: new Promise((done) => child.on('exit', (code) => done(code))) };
}

describePostgres('distributed ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-workers-'));
  const stores: PostgresStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('three workers, one killed mid-job, end with exactly the database of a single-process run', async () => {
    const manifest = await generateDemo({ outDir: dir, size: 24_000, seed: 7 });
    const files = manifest.files.map((f) => f.path);

    const single = await openTestPostgresStore();
    stores.push(single);
    await ingestFiles(single, files);

    const shared = await openTestPostgresStore();
    stores.push(shared);
    const runId = await shared.startRun(files);
    const specs = await planIngestJobs(runId, files, { chunkBytes: 400_000, batchSize: 250, enrich: false });
    expect(specs.some((s) => (s.payload as { source: IngestSource }).source.range)).toBe(true);
    await shared.jobs.enqueue(specs);

    const db = `${PG_TEST_URL}?schema=${shared.settings.schema}`;
    const workers = ['w1', 'w2', 'w3'].map((name) => ({ name, ...startWorker(db, runId, name) }));

    // Kill w1 once a job it holds has committed at least one batch but not all of them.
    let victim: { jobId: number; checkpointKey: string } | undefined;
    for (let tries = 0; tries < 2400 && !victim; tries++) {
      for (const job of await shared.jobs.list({ status: 'running', groupId: runId })) {
        if (job.lockedBy !== 'w1') continue;
        const source = (job.payload as { source: IngestSource }).source;
        const checkpoint = await shared.getCheckpoint(source.checkpointKey);
        if (checkpoint && checkpoint.recordsDone > 0 && !checkpoint.complete) {
          workers[0]!.child.kill('SIGKILL');
          victim = { jobId: job.id, checkpointKey: source.checkpointKey };
          break;
        }
      }
      if (!victim) await sleep(25);
    }
    expect(victim, 'w1 was caught in the middle of a job').toBeDefined();
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes[0]).toBeNull(); // killed by the signal
    expect(codes.slice(1)).toEqual([0, 0]);

    const rescued = await shared.jobs.get(victim!.jobId);
    expect(rescued).toMatchObject({ status: 'done', attempts: 2 });
    expect(['w2', 'w3']).toContain(rescued!.lockedBy);
    expect(await shared.jobs.summary(runId)).toEqual({ queued: 0, running: 0, done: specs.length, dead: 0 });
    const [run] = await shared.listRuns(1);
    expect(run).toMatchObject({ id: runId, status: 'done' });

    const expected = dataOf(await dumpPostgres(single.database));
    const actual = dataOf(await dumpPostgres(shared.database));
    expect(actual.posts.length).toBeGreaterThan(20_000);
    for (const table of Object.keys(expected) as Array<keyof typeof expected>) {
      expect(actual[table], table).toEqual(expected[table]);
    }
  });
});
