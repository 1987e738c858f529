/**
 * Influence benchmark (docs/benchmarks.md, "Influence engine"): a seeded synthetic graph of 1,000,000 accounts and
 * 10,000,000 interactions with heavy-tailed in-degree, plus 3,000,000 posts. Measures, in this process:
 *   - full recompute: window filter + weights, CSR build, counters, 10-area personalised PageRank, all 10 leaderboards;
 *   - incremental update after 10,000 new posts and 10,000 new interactions, and its error against a full recompute
 *     of the same data (max |Δ| over the largest score, top-100 overlap);
 *   - peak RSS (process.resourceUsage().maxRSS).
 *
 *   node --import tsx bench/influence.ts            (BENCH_ACCOUNTS, BENCH_EDGES, BENCH_POSTS, BENCH_WINDOW_DAYS override)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AREA_IDS } from '../src/graph/areas.js';
import { leaderboard } from '../src/graph/dol-score.js';
import { applyIncrement, areaRank, buildInfluenceState, type InfluenceState } from '../src/graph/influence-state.js';
import { splitLast, syntheticInfluence } from './synthetic-influence.js';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 10_000_000);
const POSTS = Number(process.env.BENCH_POSTS ?? 3_000_000);
const WINDOW_DAYS = Number(process.env.BENCH_WINDOW_DAYS ?? 365);
const NEW_POSTS = 10_000;
const NEW_EDGES = 10_000;
const asOf = Date.UTC(2024, 11, 31);

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function fullRecompute(input: Parameters<typeof buildInfluenceState>[0]): { state: InfluenceState; seconds: number; buildSeconds: number; boardSeconds: number } {
  const started = performance.now();
  const state = buildInfluenceState(input, { asOf, windowDays: WINDOW_DAYS });
  const built = performance.now();
  for (const area of AREA_IDS) leaderboard(state, { area, limit: 100 });
  const done = performance.now();
  return { state, seconds: (done - started) / 1000, buildSeconds: (built - started) / 1000, boardSeconds: (done - built) / 1000 };
}

log(`generating ${ACCOUNTS.toLocaleString('en-US')} accounts, ${EDGES.toLocaleString('en-US')} interactions, ${POSTS.toLocaleString('en-US')} posts`);
const input = syntheticInfluence({ accounts: ACCOUNTS, edges: EDGES, posts: POSTS, seed: 11, asOf });
const { base, batch } = splitLast(input, NEW_EDGES, NEW_POSTS);
log(`generated; RSS peak so far ${rssMb()} MB`);

log('full recompute of the base data');
const baseRun = fullRecompute(base);
log(`base: ${baseRun.seconds.toFixed(1)} s (${baseRun.state.iterations} PageRank iterations), RSS peak ${rssMb()} MB`);

log(`incremental update: ${NEW_POSTS} posts, ${NEW_EDGES} interactions`);
const incStarted = performance.now();
const stats = applyIncrement(baseRun.state, { accounts: input.accounts, ...batch });
const applySeconds = (performance.now() - incStarted) / 1000;
for (const area of AREA_IDS) leaderboard(baseRun.state, { area, limit: 100 });
const incSeconds = (performance.now() - incStarted) / 1000;
log(`incremental: ${applySeconds.toFixed(2)} s to apply (${stats.pushes} pushes), ${incSeconds.toFixed(2)} s with 10 leaderboards`);

log('full recompute of base + batch, for time and for the error of the incremental result');
const fullRun = fullRecompute(input);
log(`full: ${fullRun.seconds.toFixed(1)} s (build ${fullRun.buildSeconds.toFixed(1)} s, leaderboards ${fullRun.boardSeconds.toFixed(1)} s), ${fullRun.state.iterations} iterations`);

let worst = 0;
let overlap = 0;
for (const area of AREA_IDS) {
  const a = areaRank(fullRun.state, area);
  const b = areaRank(baseRun.state, area);
  let max = 0;
  for (let v = 0; v < a.length; v++) max = Math.max(max, a[v]!);
  for (let v = 0; v < a.length; v++) worst = Math.max(worst, Math.abs(a[v]! - b[v]!) / max);
  const topFull = new Set(leaderboard(fullRun.state, { area, limit: 100 }).entries.map((e) => e.account));
  overlap += leaderboard(baseRun.state, { area, limit: 100 }).entries.filter((e) => topFull.has(e.account)).length;
}

const results = {
  date: new Date().toISOString(), node: process.version, accounts: ACCOUNTS, interactions: EDGES, posts: POSTS, windowDays: WINDOW_DAYS,
  edgesInWindow: fullRun.state.graph.targets.length,
  fullRecomputeSeconds: round(fullRun.seconds), fullBuildSeconds: round(fullRun.buildSeconds), leaderboardSeconds: round(fullRun.boardSeconds),
  pagerankIterations: fullRun.state.iterations, phasesMs: fullRun.state.timings,
  incrementalApplySeconds: round(applySeconds), incrementalWithLeaderboardsSeconds: round(incSeconds), incrementalPushes: stats.pushes,
  speedup: round(fullRun.seconds / incSeconds),
  incrementalMaxRelativeError: worst, top100Overlap: round(overlap / (100 * AREA_IDS.length)),
  peakRssMb: rssMb(),
};
const out = resolve(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'influence.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
