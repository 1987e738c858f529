/**
 * DOL scoring over the store: reads the graph in keyset pages (bounded memory per page; the engine's typed arrays
 * are the only thing that grows with the database), builds one influence state per window, and stores each window's
 * leaderboards as a run. The engine keeps its states, so a long-running process (worker, serve) folds what was
 * ingested since with `update()` — work proportional to the change — instead of recomputing (docs/influence.md).
 */
import { AREA_IDS } from '../graph/areas.js';
import { leaderboard } from '../graph/dol-score.js';
import { type HcpStatusSource, registryHcpStatus } from '../graph/hcp-status-source.js';
import { InfluenceInputBuilder } from '../graph/influence-input.js';
import { applyIncrement, buildInfluenceState, type InfluenceOptions, type InfluenceState } from '../graph/influence-state.js';
import { DAY_MS } from '../graph/interaction-weights.js';
import { countryOf } from '../hcp/country.js';
import type { Store } from '../store/store.js';
import type { InfluenceAccountRow, InfluenceRunMode, Population, ScoreInput } from './influence-store.js';
import { areaMaskOf } from './post-area-mask.js';

export const DEFAULT_WINDOWS = [30, 90, 365] as const;
/** Entries kept per stored board (area × country × population). */
export const DEFAULT_KEEP = 500;
const PAGE = 5000;
const POPULATIONS: ReadonlyArray<[Population, number]> = [['all', 0], ['hcp', 1]];

export type EngineTuning = Pick<InfluenceOptions, 'halfLifeDays' | 'alpha' | 'tolerance' | 'maxIterations' | 'endorserMinStatus' | 'pushEpsilon'>;

export interface EngineOptions {
  windows?: readonly number[];
  /** End of every window (default: now). */
  asOf?: number;
  hcpStatus?: HcpStatusSource;
  keep?: number;
  tuning?: EngineTuning;
  pageSize?: number;
  /** Read only rows up to these ids (rebuilding the state of an earlier run). */
  upTo?: { posts: number; interactions: number };
  onProgress?: (phase: string, rows: number) => void;
}

export interface StoredRunSummary { runId: number; mode: InfluenceRunMode; windowDays: number; scores: number; ms: number }

export class InfluenceEngine {
  private readonly builder = new InfluenceInputBuilder();
  private readonly states = new Map<number, InfluenceState>();
  private lastAccount = 0;
  /** Accounts whose graph node is their person's (a linked account that is not the person's first). */
  private readonly accountKeys = new Map<number, string>();
  private watermark = { posts: 0, interactions: 0 };
  private counts = { posts: 0, interactions: 0 };
  readonly windows: readonly number[];
  readonly asOf: number;

  private constructor(private readonly store: Store, private readonly options: EngineOptions) {
    this.windows = [...(options.windows ?? DEFAULT_WINDOWS)].sort((a, b) => a - b);
    if (this.windows.length === 0 || this.windows.some((w) => !Number.isInteger(w) || w <= 0)) {
      throw new Error(`windows must be positive whole numbers of days, got ${this.windows.join(', ')}`);
    }
    this.asOf = options.asOf ?? Date.now();
  }

  /** Reads the store (up to `options.upTo`, or everything now) and builds a state per window. */
  static async load(store: Store, options: EngineOptions = {}): Promise<InfluenceEngine> {
    const engine = new InfluenceEngine(store, options);
    const upTo = options.upTo ?? await store.influence.watermarks();
    await engine.read(upTo);
    const input = engine.builder.drain();
    for (const w of engine.windows) engine.states.set(w, buildInfluenceState(input, { ...options.tuning, asOf: engine.asOf, windowDays: w }));
    return engine;
  }

  /** Folds rows stored since the last read into every window's state (no recompute). */
  async update(): Promise<{ posts: number; interactions: number; accounts: number }> {
    const before = { ...this.counts };
    const accountsBefore = this.builder.accountCount;
    await this.read(await this.store.influence.watermarks());
    const batch = this.builder.drain();
    for (const state of this.states.values()) applyIncrement(state, batch);
    return { posts: this.counts.posts - before.posts, interactions: this.counts.interactions - before.interactions,
      accounts: this.builder.accountCount - accountsBefore };
  }

  /** Stores every window's leaderboards as a run each. */
  async save(mode: InfluenceRunMode, startedAt = Date.now()): Promise<StoredRunSummary[]> {
    const out: StoredRunSummary[] = [];
    for (const [windowDays, state] of this.states) {
      const t = Date.now();
      const scores = this.scores(state);
      const runId = await this.store.influence.writeRun({
        mode, windowDays, asOf: this.asOf, options: { ...this.options.tuning, keep: this.keep },
        accounts: state.accounts.count, posts: this.counts.posts, interactions: this.counts.interactions,
        postWatermark: this.watermark.posts, interactionWatermark: this.watermark.interactions, startedAt, finishedAt: Date.now(),
      }, scores);
      out.push({ runId, mode, windowDays, scores: scores.length, ms: Date.now() - t });
    }
    return out;
  }

  state(windowDays: number): InfluenceState | undefined {
    return this.states.get(windowDays);
  }

  private get keep(): number {
    return this.options.keep ?? DEFAULT_KEEP;
  }

  private scores(state: InfluenceState): ScoreInput[] {
    const out: ScoreInput[] = [];
    const countries = ['', ...state.accounts.countryCodes.slice(1)];
    for (const area of AREA_IDS) {
      for (const [population, minHcpStatus] of POPULATIONS) {
        for (const country of countries) {
          const board = leaderboard(state, { area, minHcpStatus, limit: this.keep, ...(country ? { country } : {}) });
          for (const e of board.entries) {
            out.push({ area, country, population, rank: e.rank, accountRowId: Number(e.key), hcpStatus: state.accounts.hcpStatus[e.account]!,
              percentile: e.percentile, score: e.score, components: e.components, segment: e.segment, why: e.why });
          }
        }
      }
    }
    return out;
  }

  private keyOf(accountRowId: number): string {
    return this.accountKeys.get(accountRowId) ?? String(accountRowId);
  }

  /** Reads accounts after the last one seen, then posts and interactions after the watermark up to `upTo`. */
  private async read(upTo: { posts: number; interactions: number }): Promise<void> {
    const { influence } = this.store;
    // Read afresh on every pass, so an update sees the reviewers' latest decisions.
    const hcpStatus = this.options.hcpStatus ?? registryHcpStatus(this.store);
    const since = this.asOf - Math.max(...this.windows) * DAY_MS;
    const limit = this.options.pageSize ?? PAGE;
    const progress = this.options.onProgress ?? (() => undefined);
    for (;;) {
      const page = await influence.accounts({ afterRowId: this.lastAccount, limit });
      if (page.length === 0) break;
      const statuses = new Map((await hcpStatus(page)).map((s) => [`${s.platform}\u0000${s.accountId}`, s.status]));
      for (const a of page) {
        const country = countryOf(a.location, a.bio).country;
        const status = statuses.get(`${a.platform}\u0000${a.nativeId}`) ?? 0;
        const person = personKey(a);
        if (person === String(a.rowId)) {
          this.builder.account(person, { hcpStatus: status, name: a.displayName ?? a.handle,
            ...(a.followers !== undefined ? { followers: a.followers } : {}), ...(country ? { country } : {}) });
          continue;
        }
        // A linked account of a person read earlier: one node, the audiences added, the highest HCP status.
        this.accountKeys.set(a.rowId, person);
        const known = this.builder.attributesOf(person);
        const followers = a.followers === undefined ? known?.followers : (known?.followers ?? 0) + a.followers;
        this.builder.account(person, { hcpStatus: Math.max(known?.hcpStatus ?? 0, status), ...(followers !== undefined ? { followers } : {}),
          ...(known ? {} : { name: a.displayName ?? a.handle, ...(country ? { country } : {}) }) });
      }
      this.lastAccount = page.at(-1)!.rowId;
      progress('accounts', this.builder.accountCount);
    }
    for (let after = this.watermark.posts; ;) {
      const page = await influence.posts({ afterRowId: after, upToRowId: upTo.posts, since, limit });
      if (page.length === 0) break;
      for (const p of page) {
        const author = this.keyOf(p.authorRowId);
        if (!this.builder.has(author)) continue;
        this.builder.post(author, p.at, areaMaskOf(p), p.isReply);
        this.counts.posts++;
      }
      after = page.at(-1)!.rowId;
      progress('posts', this.counts.posts);
    }
    for (let after = this.watermark.interactions; ;) {
      const page = await influence.interactions({ afterRowId: after, upToRowId: upTo.interactions, since, limit });
      if (page.length === 0) break;
      for (const i of page) {
        const from = this.keyOf(i.fromRowId);
        const to = this.keyOf(i.toRowId);
        // A person quoting or mentioning their own other account is no endorsement (the builder drops self-loops too).
        if (from === to || !this.builder.has(from) || !this.builder.has(to)) continue;
        this.builder.interaction(from, to, i.kind, i.at, areaMaskOf(i.post));
        this.counts.interactions++;
      }
      after = page.at(-1)!.rowId;
      progress('interactions', this.counts.interactions);
    }
    this.watermark = { posts: Math.max(this.watermark.posts, upTo.posts), interactions: Math.max(this.watermark.interactions, upTo.interactions) };
  }
}

/**
 * The graph node of an account: its person's profile id when it has one (linked accounts — confirmed by a reviewer or
 * self-declared — share it, and it is the row id of the person's first account), else the account itself. A
 * person's influence is then one score, whichever network the engagement happened on.
 */
function personKey(a: InfluenceAccountRow): string {
  return String(a.profileId ?? a.rowId);
}
