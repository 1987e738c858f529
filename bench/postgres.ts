/**
 * PostgreSQL beside SQLite on the same data in the same run (npm run bench:postgres).
 * Method and results: docs/benchmarks.md, "PostgreSQL".
 *   BENCH_PG_SIZES    comma-separated post counts (default 1000000,10000000)
 *   BENCH_PG_URL      server (default postgres://postgres@127.0.0.1:5432/postgres); databases auscult_bench_* are
 *                     created and dropped there
 *   BENCH_QUERY_RUNS  timed runs per query (default 40)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { parseQuery } from '../src/query/parser.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { QUERIES } from './queries.js';
import { writeSyntheticNdjson } from './synthetic-posts.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'postgres');
const SIZES = (process.env.BENCH_PG_SIZES ?? '1000000,10000000').split(',').map(Number);
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 40);
const CLI = join(ROOT, 'bin', 'auscult.js');

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

function databaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string): Promise<string> {
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  return databaseUrl(name);
}

/** Runs the installed CLI (the built dist), as an operator would, and times it. */
function timedIngest(db: string, file: string, extra: string[]): { seconds: number } {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [CLI, 'ingest', ...extra, '--no-enrich', '--json', '--db', db, file], {
    cwd: ROOT, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26,
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function queryTimes(store: Store): Promise<Array<{ query: string; matches: number; p50Ms: number; p95Ms: number }>> {
  const results = [];
  for (const text of QUERIES) {
    const query = parseQuery(text, { now: Date.parse('2025-01-01') });
    for (let i = 0; i < 3; i++) await store.search(query, { limit: 50 });
    const times: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) {
      const t = process.hrtime.bigint();
      await store.search(query, { limit: 50 });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    results.push({ query: text, matches: await store.countMatches(query), p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) });
  }
  return results;
}

async function databaseSizeMb(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
    return Number(r.rows[0]!.bytes) / 1e6;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = new pg.Client({ connectionString: ADMIN_URL });
  await server.connect();
  const settings = await server.query<{ name: string; setting: string; unit: string | null }>(`SELECT name, setting, unit
    FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'synchronous_commit',
      'max_wal_size', 'checkpoint_timeout', 'effective_cache_size')`);
  await server.end();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length,
    postgres: Object.fromEntries(settings.rows.map((r) => [r.name, `${r.setting}${r.unit ?? ''}`])), sizes: {},
  };
  for (const posts of SIZES) {
    const dir = join(OUT, String(posts));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'posts.ndjson');
    log(`${posts} posts: writing the input`);
    await writeSyntheticNdjson(file, posts);
    const megabytes = statSync(file).size / 1e6;
    const size: Record<string, unknown> = { megabytes };

    log('SQLite: auscult ingest');
    const sqlitePath = join(dir, 'auscult.db');
    const sqlite = timedIngest(sqlitePath, file, []);
    size.sqlite = { ...sqlite, postsPerSecond: posts / sqlite.seconds, fileMb: statSync(sqlitePath).size / 1e6 };
    log(`  ${Math.round(posts / sqlite.seconds)} posts/s`);

    const runs: Record<string, unknown> = {};
    for (const [label, extra] of [['1 process', []], ['1 worker', ['--workers', '1']], ['2 workers', ['--workers', '2']]] as const) {
      const url = await freshDatabase('auscult_bench');
      log(`PostgreSQL: auscult ingest ${extra.join(' ')}`);
      const r = timedIngest(url, file, [...extra]);
      runs[label] = { ...r, postsPerSecond: posts / r.seconds, databaseMb: await databaseSizeMb(url) };
      log(`  ${Math.round(posts / r.seconds)} posts/s`);
    }
    size.postgres = runs;

    log(`queries: ${QUERY_RUNS} runs each, SQLite then PostgreSQL (the database the 2 workers built)`);
    const sqliteStore = await openStore(sqlitePath);
    const sqliteQueries = await queryTimes(sqliteStore);
    await sqliteStore.close();
    const pgStore = await openStore(databaseUrl('auscult_bench'));
    const pgQueries = await queryTimes(pgStore);
    await pgStore.close();
    size.queries = sqliteQueries.map((s, i) => ({ query: s.query, matches: s.matches, sqlite: { p50Ms: s.p50Ms, p95Ms: s.p95Ms },
      postgres: { matches: pgQueries[i]!.matches, p50Ms: pgQueries[i]!.p50Ms, p95Ms: pgQueries[i]!.p95Ms } }));
    for (const q of size.queries as Array<{ query: string; matches: number; sqlite: { p50Ms: number; p95Ms: number };
      postgres: { matches: number; p50Ms: number; p95Ms: number } }>) {
      log(`  ${q.query}: SQLite p50 ${q.sqlite.p50Ms.toFixed(1)} / p95 ${q.sqlite.p95Ms.toFixed(1)} ms; ` +
        `PostgreSQL p50 ${q.postgres.p50Ms.toFixed(1)} / p95 ${q.postgres.p95Ms.toFixed(1)} ms (${q.matches} matches)`);
      if (q.matches !== q.postgres.matches) throw new Error(`"${q.query}": SQLite finds ${q.matches} posts, PostgreSQL ${q.postgres.matches}`);
    }
    (results.sizes as Record<string, unknown>)[posts] = size;
    writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await admin('DROP DATABASE IF EXISTS auscult_bench');
    rmSync(file, { force: true });
    rmSync(sqlitePath, { force: true });
  }
  log(`results: ${join(OUT, 'results.json')}`);
}

await main();
