import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, describePostgres, PG_TEST_URL } from '../../support/postgres.js';
import { runCli } from '../../support/run-cli.js';
import { redditComment, writeSample, xPagesNdjson } from '../../support/sample-files.js';

describe('auscult workers and jobs (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-workers-cli-'));
  let files: string[];
  beforeAll(() => {
    files = [writeSample(dir, 'x.ndjson.gz', xPagesNdjson(6, 5), true),
      writeSample(dir, 'reddit.ndjson', [redditComment('a1', 'Ozempic nausea week 2'), '{broken', redditComment('a2', 'fine now')].join('\n'))];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate lists every migration with its state', () => {
    const db = join(dir, 'migrate.db');
    const first = runCli(['migrate', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/001 core\s+applied now/);
    expect(first.stdout).toMatch(/003 jobs\s+applied now/);
    const again = runCli(['migrate', '--json', '--db', db]);
    expect((JSON.parse(again.stdout) as Array<{ status: string }>).every((m) => m.status === 'already-applied')).toBe(true);
  });

  it('ingest --workers shares the files among worker processes and ends like a plain ingest', () => {
    const plain = join(dir, 'plain.db');
    const shared = join(dir, 'shared.db');
    expect(runCli(['ingest', ...files, '--db', plain]).code).toBe(0);
    const r = runCli(['ingest', '--workers', '2', ...files, '--db', shared]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('x.ndjson.gz [x]: 30 new');
    expect(r.stdout).toMatch(/reddit\.ndjson line 2.*invalid JSON/);
    const stats = (db: string) => JSON.parse(runCli(['stats', '--json', '--db', db]).stdout) as Record<string, unknown>;
    expect(stats(shared)).toEqual(stats(plain));
    // Two ingest jobs, one job that enriched what they stored, then one that scored influence.
    const jobs = JSON.parse(runCli(['jobs', '--json', '--db', shared]).stdout) as { summary: Record<string, number>; jobs: Array<{ kind: string }> };
    expect(jobs.summary).toEqual({ queued: 0, running: 0, done: 4, dead: 0 });
    expect(jobs.jobs.map((j) => j.kind).sort()).toEqual(['enrich', 'influence', 'ingest', 'ingest']);
    expect((JSON.parse(runCli(['influence', 'status', '--json', '--db', shared]).stdout) as unknown[]).length).toBe(3);
    expect(JSON.parse(runCli(['enrich', '--status', '--json', '--db', shared]).stdout)).toMatchObject({ posts: 32, current: 32 });
    const runs = JSON.parse(runCli(['runs', '--json', '--db', shared]).stdout) as Array<{ status: string; counts: { postsInserted: number } }>;
    expect(runs[0]).toMatchObject({ status: 'done', counts: { postsInserted: 32 } });
  });

  it('ingest --queue leaves jobs for workers, which finish the run', () => {
    const db = join(dir, 'queue.db');
    const queued = runCli(['ingest', '--queue', ...files, '--db', db]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toContain('run 1: 2 jobs queued for 2 files');
    expect(runCli(['jobs', '--db', db]).stdout).toContain('2 queued, 0 running, 0 done, 0 dead');
    const worker = runCli(['worker', '--exit-when-idle', '--poll', '50', '--db', db]);
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stderr).toContain('run 1 finished');
    expect(runCli(['jobs', '--db', db]).stdout).toContain('0 queued, 0 running, 4 done, 0 dead'); // + the enrich and influence jobs
    expect(JSON.parse(runCli(['runs', '--json', '--db', db]).stdout)[0]).toMatchObject({ id: 1, status: 'done' });
  });

  it('jobs explains a bad status, an empty dead-letter list and a retry without targets', () => {
    const db = join(dir, 'queue.db');
    const bad = runCli(['jobs', '--status', 'stuck', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status: expected one of queued, running, done, dead, got "stuck"');
    expect(runCli(['jobs', '--status', 'dead', '--db', db]).stdout).toContain('the dead-letter list is empty');
    expect(runCli(['jobs', 'retry', '--db', db]).stderr).toContain('name job ids, or --dead');
    const retried = runCli(['jobs', 'retry', '1', '--db', db]);
    expect(retried.stdout).toContain('1 job queued again');
    expect(runCli(['jobs', 'show', '1', '--db', db]).stdout).toContain('"status": "queued"');
  });

  it('a PostgreSQL server that does not answer is a clear error', () => {
    const r = runCli(['stats', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot open the database postgres://nobody:***@127.0.0.1:1/none');
    expect(r.stderr).not.toContain('secret');
  });
});

describePostgres('auscult on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-pg-cli-'));
  const schema = `cli_${process.pid}`;
  const db = `${PG_TEST_URL}?schema=${schema}`;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema);
  });

  it('ingests, searches and shows posts through the same commands', () => {
    const file = writeSample(dir, 'reddit.ndjson', [redditComment('p1', 'Ozempic nausea week 2'), redditComment('p2', 'insulin prices')].join('\n'));
    const ingest = runCli(['ingest', file, '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain('reddit.ndjson [reddit]: 2 new');
    const search = runCli(['search', 'ozempic AND nausea', '--format', 'json', '--db', db]);
    expect((JSON.parse(search.stdout) as Array<{ id: string }>).map((p) => p.id)).toEqual(['t1_p1']);
    expect(runCli(['show', 'reddit', 't1_p2', '--db', db]).stdout).toContain('insulin prices');
    expect(runCli(['ingest', file, '--db', db]).stdout).toContain('already ingested');
  });
});
