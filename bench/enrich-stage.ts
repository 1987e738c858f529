/**
 * The enrichment stage through the store (npm run bench:enrich): the demo corpus is ingested
 * without enrichment, then `enrichPending` reads the pending posts, analyses them on worker
 * threads and writes the results, as `auscult enrich` does. Method and results:
 * docs/benchmarks.md, "Enrichment stage".
 *   BENCH_ENRICH_POSTS   demo corpus size (default 200,000)
 *   BENCH_ENRICH_DB      an extra PostgreSQL URL to measure too (optional)
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDemo } from '../src/demo/generate-demo.js';
import { enrichPending } from '../src/enrich/enrich-posts.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { openStore } from '../src/store/open-store.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'enrich');
const POSTS = Number(process.env.BENCH_ENRICH_POSTS ?? 200_000);
const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);

async function measure(location: string, files: string[], label: string): Promise<Record<string, unknown>> {
  const store = await openStore(location);
  try {
    log(`${label}: ingest without enrichment`);
    await ingestFiles(store, files);
    const posts = (await store.stats()).posts;
    log(`${label}: enrich ${posts} posts`);
    const started = performance.now();
    const result = await enrichPending(store, process.env.BENCH_ENRICH_WORKERS ? { workers: Number(process.env.BENCH_ENRICH_WORKERS) } : {});
    const seconds = (performance.now() - started) / 1000;
    log(`${label}: ${Math.round(result.analysed / seconds)} posts/s (${seconds.toFixed(1)} s)`);
    return { posts, analysed: result.analysed, written: result.written, failed: result.failed, seconds,
      postsPerSecond: result.analysed / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: availableParallelism(),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100), demoPosts: POSTS };
  const manifest = await generateDemo({ outDir: join(OUT, 'demo'), size: POSTS, seed: 42 });
  const files = manifest.files.map((f) => f.path);
  const sqlitePath = join(OUT, 'enrich.db');
  results.sqlite = await measure(sqlitePath, files, 'SQLite');
  (results.sqlite as Record<string, unknown>).fileMb = statSync(sqlitePath).size / 1e6;
  if (process.env.BENCH_ENRICH_DB) results.postgres = await measure(process.env.BENCH_ENRICH_DB, files, 'PostgreSQL');
  results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`results: ${join(OUT, 'results.json')}`);
}

await main();
