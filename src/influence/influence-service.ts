/**
 * The influence operations the CLI, the job queue and the demo call:
 *
 *   computeInfluence  full recompute of every window → one stored run per window
 *   updateInfluence   incremental: folds posts and interactions stored since the last run into a kept state
 *
 * Where the kept state lives: in the process. A long-running process (a worker, `auscult serve`) passes the same
 * `InfluenceKeeper` to every update, so an update reads and folds only the new rows. A one-shot CLI call has no
 * state to keep: it rebuilds the state of the last run (same asOf, windows and watermarks) and folds the rest, which
 * gives the same leaderboards as the kept path but costs a build (docs/influence.md).
 */
import type { HcpStatusSource } from '../graph/hcp-status-source.js';
import type { Store } from '../store/store.js';
import { type EngineOptions, type EngineTuning, InfluenceEngine, type StoredRunSummary } from './influence-engine.js';
import type { InfluenceRun } from './influence-store.js';

export interface ComputeOptions extends Omit<EngineOptions, 'upTo'> {}

export async function computeInfluence(store: Store, options: ComputeOptions = {}): Promise<{ engine: InfluenceEngine; runs: StoredRunSummary[] }> {
  const startedAt = Date.now();
  const engine = await InfluenceEngine.load(store, { ...options, asOf: options.asOf ?? await defaultAsOf(store) });
  return { engine, runs: await engine.save('full', startedAt) };
}

export interface UpdateResult {
  mode: 'full' | 'incremental';
  /** Rows folded in (incremental), or read (full). */
  folded: { posts: number; interactions: number; accounts: number };
  rebuilt: boolean;
  runs: StoredRunSummary[];
}

/** An engine kept between updates by a long-running process, with the run ids it wrote (to notice others' runs). */
export class InfluenceKeeper {
  engine: InfluenceEngine | undefined;
  written = new Set<number>();
}

export async function updateInfluence(store: Store, options: { keeper?: InfluenceKeeper; hcpStatus?: HcpStatusSource;
  onProgress?: EngineOptions['onProgress'] } = {}): Promise<UpdateResult> {
  const keeper = options.keeper ?? new InfluenceKeeper();
  const startedAt = Date.now();
  const latest = await latestRuns(store);
  if (latest.length === 0) {
    const { engine, runs } = await computeInfluence(store, pick(options));
    remember(keeper, engine, runs);
    return { mode: 'full', folded: { posts: 0, interactions: 0, accounts: 0 }, rebuilt: true, runs };
  }
  let rebuilt = false;
  if (!keeper.engine || latest.some((r) => !keeper.written.has(r.id))) {
    // Someone else stored a run (or nothing is kept): rebuild the state of the newest runs, then fold the rest.
    const newest = latest[0]!;
    const base = latest.filter((r) => r.asOf === newest.asOf && r.postWatermark === newest.postWatermark);
    keeper.engine = await InfluenceEngine.load(store, {
      ...pick(options), windows: base.map((r) => r.windowDays), asOf: newest.asOf, tuning: tuningOf(newest),
      ...(typeof newest.options.keep === 'number' ? { keep: newest.options.keep } : {}),
      upTo: { posts: newest.postWatermark, interactions: newest.interactionWatermark },
    });
    keeper.written = new Set(base.map((r) => r.id));
    rebuilt = true;
  }
  const folded = await keeper.engine.update();
  const runs = await keeper.engine.save('incremental', startedAt);
  remember(keeper, keeper.engine, runs);
  return { mode: 'incremental', folded, rebuilt, runs };
}

/**
 * The end of the windows when none is given: now, or the newest post when the data ends earlier (an archive, an
 * export from last year) — windows that end after the data would be empty.
 */
export async function defaultAsOf(store: Store, now = Date.now()): Promise<number> {
  const last = (await store.stats()).lastPostAt;
  return last === undefined ? now : Math.min(now, Date.parse(last));
}

/** The newest run of each window, newest first. */
export async function latestRuns(store: Store): Promise<InfluenceRun[]> {
  const seen = new Set<number>();
  return (await store.influence.runs({ limit: 200 })).filter((r) => !seen.has(r.windowDays) && seen.add(r.windowDays));
}

function remember(keeper: InfluenceKeeper, engine: InfluenceEngine, runs: StoredRunSummary[]): void {
  keeper.engine = engine;
  keeper.written = new Set(runs.map((r) => r.runId));
}

function pick(options: { hcpStatus?: HcpStatusSource; onProgress?: EngineOptions['onProgress'] }): EngineOptions {
  return { ...(options.hcpStatus ? { hcpStatus: options.hcpStatus } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
}

const TUNING_KEYS = ['halfLifeDays', 'alpha', 'tolerance', 'maxIterations', 'endorserMinStatus', 'pushEpsilon'] as const;

function tuningOf(run: InfluenceRun): EngineTuning {
  const tuning: EngineTuning = {};
  for (const k of TUNING_KEYS) if (typeof run.options[k] === 'number') tuning[k] = run.options[k] as number;
  return tuning;
}
