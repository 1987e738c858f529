/**
 * NLP benchmark (npm run bench:nlp). Method and results: docs/benchmarks.md, section "NLP enrichment".
 *   BENCH_NLP_POSTS     posts through the batch API (default 200,000)
 *   BENCH_NLP_WORKERS   worker threads (default: all cores)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { detect } from 'tinyld';
import { analyzeMany, analyzeStream } from '../src/nlp/analyze-many.js';
import { createAnalyzer } from '../src/nlp/analyze.js';
import { EntityRecognizer } from '../src/nlp/entities.js';
import { detectLanguage } from '../src/nlp/lang.js';
import { loadLexicons } from '../src/nlp/lexicon/load-lexicons.js';
import { matchableTokens, tokenize } from '../src/nlp/tokenize.js';
import { demoTexts } from './demo-texts.js';

const ROOT = resolve(import.meta.dirname, '..');
const POSTS = Number(process.env.BENCH_NLP_POSTS ?? 200_000);
const WORKERS = Number(process.env.BENCH_NLP_WORKERS ?? availableParallelism());
const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), posts: POSTS, workers: WORKERS,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100) };
  // 1. Lexicon load: JSON parse of every lexicon file, then the phrase trie and every detector.
  let t0 = performance.now();
  const lexicons = loadLexicons();
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  const analyzer = createAnalyzer();
  const buildMs = performance.now() - t0;
  const names = lexicons.drugs.terms.length + lexicons.conditions.terms.length + lexicons.reactions.terms.length;
  results.load = { lexiconNames: names, parseMs: Math.round(parseMs), analyzerMs: Math.round(buildMs), totalMs: Math.round(parseMs + buildMs) };
  log(`load: ${names} names, JSON ${parseMs.toFixed(0)} ms + analyzer ${buildMs.toFixed(0)} ms`);

  const texts = Array.from(demoTexts(Math.min(POSTS, 50_000)), (p) => p.text);
  const megabytes = texts.reduce((a, t) => a + t.length, 0) / 1e6;
  // 2. Matching alone: tokenizer + trie over the demo texts.
  const recognizer = new EntityRecognizer(lexicons);
  for (const t of texts.slice(0, 2000)) recognizer.recognize(matchableTokens(tokenize(t)));
  t0 = performance.now();
  let mentions = 0;
  for (const t of texts) mentions += recognizer.recognize(matchableTokens(tokenize(t))).length;
  const matchS = seconds(t0);
  results.matching = { posts: texts.length, megabytes, seconds: matchS, postsPerSecond: texts.length / matchS, mbPerSecond: megabytes / matchS, mentions };
  log(`matching: ${(texts.length / matchS).toFixed(0)} posts/s, ${(megabytes / matchS).toFixed(1)} MB/s, ${mentions} mentions`);
  // 3. Language id: our English fast path vs tinyld on every post.
  t0 = performance.now();
  for (const t of texts) detectLanguage(t, matchableTokens(tokenize(t)));
  const langFast = seconds(t0);
  t0 = performance.now();
  for (const t of texts) detect(t);
  const langTinyld = seconds(t0);
  results.language = { fastPathMicros: (langFast / texts.length) * 1e6, tinyldMicros: (langTinyld / texts.length) * 1e6 };
  log(`language: ${((langFast / texts.length) * 1e6).toFixed(1)} µs/post with the fast path (incl. tokenizing), tinyld alone ${((langTinyld / texts.length) * 1e6).toFixed(1)} µs`);
  // 4. One thread, every detector.
  for (const t of texts.slice(0, 2000)) analyzer.analyze(t);
  t0 = performance.now();
  for (const t of texts) analyzer.analyze(t);
  const single = seconds(t0);
  results.singleThread = { posts: texts.length, seconds: single, postsPerSecond: texts.length / single, microsPerPost: (single / texts.length) * 1e6 };
  log(`one thread: ${(texts.length / single).toFixed(0)} posts/s (${((single / texts.length) * 1e6).toFixed(0)} µs/post)`);
  // 5. Batch API over worker threads, every detector, JSON out (what `auscult analyze` and an enrichment stage use).
  // Inputs are generated before the clock starts, as if read from a file (reading NDJSON runs at ~270k lines/s here).
  t0 = performance.now();
  const inputs = Array.from(demoTexts(POSTS), (p) => p.text);
  results.generateSeconds = seconds(t0);
  t0 = performance.now();
  let n = 0; let bytes = 0;
  for await (const r of analyzeStream(inputs, { workers: WORKERS, json: true })) { n++; if (r.ok) bytes += r.json.length; }
  const batch = seconds(t0);
  results.batchJson = { posts: n, seconds: batch, postsPerSecond: n / batch, outputMegabytes: bytes / 1e6, includesWorkerStartup: true };
  log(`batch (analyzeStream, json, ${WORKERS} workers): ${(n / batch).toFixed(0)} posts/s over ${n} posts in ${batch.toFixed(1)} s`);
  // 6. Batch API returning objects (analyzeMany).
  const objectPosts = Math.min(POSTS, 50_000);
  t0 = performance.now();
  const many = await analyzeMany(inputs.slice(0, objectPosts), { workers: WORKERS });
  const manyS = seconds(t0);
  results.batchObjects = { posts: many.length, seconds: manyS, postsPerSecond: many.length / manyS };
  log(`batch (analyzeMany, objects): ${(many.length / manyS).toFixed(0)} posts/s over ${many.length} posts`);
  results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  results.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(`peak RSS (main thread + workers, one process): ${results.peakRssMb} MB`);
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'nlp.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
