/**
 * The enrichment stage through the store (npm run bench:enrich): the demo corpus is ingested
 * without enrichment, then `enrichPending` reads the pending posts, analyses them on worker
 * threads and writes the results, as `auscult enrich` does. The code measured is the built one
 * (dist/, as the installed command runs it): tsx's on-the-fly transform makes the analyzer itself
 * about a third slower. Method and results: docs/benchmarks.md, "Enrichment stage".
 *   BENCH_ENRICH_POSTS   demo corpus size (default 200,000)
 *   BENCH_ENRICH_DB      an extra PostgreSQL URL to measure too (optional); a schema named bench_… in it is dropped first
 *   BENCH_ENRICH_CODE    `src` to measure the TypeScript sources through tsx instead of dist/
 *   BENCH_ENRICH_WORKERS analyzer threads (default: every core)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'enrich');
const POSTS = Number(process.env.BENCH_ENRICH_POSTS ?? 200_000);
const CODE = process.env.BENCH_ENRICH_CODE === 'src' ? 'src' : 'dist';
const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);

/** A module of the product, from dist/ (built) or src/ (through tsx), typed by its source. */
async function product<T>(path: string): Promise<T> {
  const file = join(ROOT, CODE, CODE === 'dist' ? path.replace(/\.ts$/, '.js') : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm run bench:enrich does)`);
  return await import(pathToFileURL(file).href) as T;
}
const { generateDemo } = await product<typeof import('../src/demo/generate-demo.js')>('demo/generate-demo.ts');
const { enrichPending } = await product<typeof import('../src/enrich/enrich-posts.js')>('enrich/enrich-posts.ts');
const { ingestFiles } = await product<typeof import('../src/ingest/ingest-files.js')>('ingest/ingest-files.ts');
const { openStore } = await product<typeof import('../src/store/open-store.js')>('store/open-store.ts');

/** CPU time of this thread alone (Linux), to tell the writing thread's share from the analyzer threads'. */
function mainThreadCpuMicros(): number | undefined {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 1e6 / 100;
}

async function measure(location: string, files: string[], label: string): Promise<Record<string, unknown>> {
  const store = await openStore(location);
  try {
    log(`${label}: ingest without enrichment`);
    await ingestFiles(store, files);
    const posts = (await store.stats()).posts;
    log(`${label}: enrich ${posts} posts`);
    const cpu = process.cpuUsage();
    const mainCpu = mainThreadCpuMicros();
    const started = performance.now();
    const result = await enrichPending(store, process.env.BENCH_ENRICH_WORKERS ? { workers: Number(process.env.BENCH_ENRICH_WORKERS) } : {});
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const perPost = (micros: number) => Math.round(micros / result.analysed);
    log(`${label}: ${Math.round(result.analysed / seconds)} posts/s (${seconds.toFixed(1)} s)`);
    return { posts, analysed: result.analysed, written: result.written, failed: result.failed, seconds,
      postsPerSecond: result.analysed / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024,
      // CPU of every thread of this process (analyzer threads, V8's compiler and GC threads, the writing thread), and
      // the writing thread's own; a database server's CPU is not counted.
      cpuMicrosPerPost: perPost(used.user + used.system),
      ...(mainCpu !== undefined ? { mainThreadCpuMicrosPerPost: perPost(mainThreadCpuMicros()! - mainCpu) } : {}) };
  } finally {
    await store.close();
  }
}

/** The bench's own PostgreSQL schema starts empty: posts enriched by an earlier run would not be pending. */
async function dropBenchSchema(location: string): Promise<void> {
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  if (!schema?.startsWith('bench_') || !/^\w+$/.test(schema)) return;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), code: CODE,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100), demoPosts: POSTS };
  const manifest = await generateDemo({ outDir: join(OUT, 'demo'), size: POSTS, seed: 42 });
  const files = manifest.files.map((f) => f.path);
  const sqlitePath = join(OUT, 'enrich.db');
  results.sqlite = await measure(sqlitePath, files, 'SQLite');
  (results.sqlite as Record<string, unknown>).fileMb = statSync(sqlitePath).size / 1e6;
  if (process.env.BENCH_ENRICH_DB) {
    await dropBenchSchema(process.env.BENCH_ENRICH_DB);
    results.postgres = await measure(process.env.BENCH_ENRICH_DB, files, 'PostgreSQL');
  }
  results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`results: ${join(OUT, 'results.json')}`);
}

await main();
