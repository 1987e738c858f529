/**
 * The benchmark suite (npm run bench). Method and results: docs/benchmarks.md.
 *   BENCH_POSTS       posts in the Auscult NDJSON ingest and query benchmarks (default 1,000,000)
 *   BENCH_DEMO_POSTS  size of the demo corpus whose per-format files are ingested (default 1,000,000)
 *   BENCH_QUERY_RUNS  timed runs per query (default 40)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDemo } from '../src/demo/generate-demo.js';
import { parseQuery } from '../src/query/parser.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { floorReadParse, floorSchemaInserts, floorSqliteInserts } from './floor.js';
import { QUERIES } from './queries.js';
import { syntheticPosts, writeSyntheticNdjson } from './synthetic-posts.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const POSTS = Number(process.env.BENCH_POSTS ?? 1_000_000);
const DEMO_POSTS = Number(process.env.BENCH_DEMO_POSTS ?? 1_000_000);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 40);


function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

function ingestInChild(db: string, files: string[]) {
  rmSync(db, { force: true });
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'ingest-child.ts'), db, ...files],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as
    { records: number; posts: number; events: number; quarantined: number; seconds: number; maxRssMb: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, posts: POSTS,
  };

  log(`writing ${POSTS} synthetic posts as Auscult NDJSON`);
  const ndjson = join(OUT, 'synthetic.ndjson');
  await writeSyntheticNdjson(ndjson, POSTS);
  const megabytes = statSync(ndjson).size / 1e6;

  log('floor: read + JSON.parse');
  const read = await floorReadParse(ndjson);
  const rows = Array.from(syntheticPosts(POSTS));
  log('floor: the same rows into our schema with plain INSERTs');
  const inserts = floorSchemaInserts(join(OUT, 'floor-schema.db'), rows);
  log('reference: the same rows into a bare posts table + FTS5');
  const bare = floorSqliteInserts(join(OUT, 'floor-bare.db'), rows);
  rows.length = 0;
  const floorSeconds = read.seconds + inserts.seconds;

  log('ingest: Auscult NDJSON end to end');
  const auscult = ingestInChild(join(OUT, 'auscult.db'), [ndjson]);
  results.auscultNdjson = {
    megabytes, ...auscult, postsPerSecond: auscult.posts / auscult.seconds,
    floor: { readParseSeconds: read.seconds, sqliteInsertSeconds: inserts.seconds, seconds: floorSeconds,
      postsPerSecond: POSTS / floorSeconds },
    ratioToFloor: auscult.seconds / floorSeconds,
    bareTable: { sqliteInsertSeconds: bare.seconds, ratio: auscult.seconds / (read.seconds + bare.seconds) },
  };
  log(`  ${Math.round(auscult.posts / auscult.seconds)} posts/s, ${(auscult.seconds / floorSeconds).toFixed(2)}x floor ` +
    `(${(auscult.seconds / (read.seconds + bare.seconds)).toFixed(2)}x a bare table), peak RSS ${Math.round(auscult.maxRssMb)} MB`);

  log(`queries: ${QUERY_RUNS} runs each on ${POSTS} posts`);
  const store = await openSqliteStore({ path: join(OUT, 'auscult.db') });
  const queries = [];
  for (const text of QUERIES) {
    const query = parseQuery(text, { now: Date.parse('2025-01-01') });
    for (let i = 0; i < 3; i++) await store.search(query, { limit: 50 });
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < QUERY_RUNS; i++) {
      const t = process.hrtime.bigint();
      hits = (await store.search(query, { limit: 50 })).length;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const matches = await store.countMatches(query);
    times.sort((a, b) => a - b);
    queries.push({ query: text, matches, returned: hits, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) });
    log(`  ${text}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${matches} matches)`);
  }
  await store.close();
  results.queries = queries;

  log(`demo corpus: ${DEMO_POSTS} posts in the real formats`);
  const demoDir = join(OUT, 'demo');
  const started = Date.now();
  const manifest = await generateDemo({ outDir: demoDir, size: DEMO_POSTS, seed: 42 });
  results.demoGenerateSeconds = (Date.now() - started) / 1000;
  const byFormat = new Map<string, string[]>();
  for (const f of manifest.files) byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), f.path]);
  const formats: Record<string, unknown> = {};
  for (const [format, files] of byFormat) {
    log(`ingest: ${format} (${files.length} files)`);
    const r = ingestInChild(join(OUT, `demo-${format}.db`), files);
    formats[format] = { files: files.length, ...r, postsPerSecond: r.posts / r.seconds,
      recordsPerSecond: r.records / r.seconds };
    log(`  ${r.posts} posts in ${r.seconds.toFixed(1)} s = ${Math.round(r.posts / r.seconds)} posts/s, peak RSS ${Math.round(r.maxRssMb)} MB`);
  }
  results.formats = formats;

  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`results: ${join(OUT, 'results.json')}`);
}

await main();
