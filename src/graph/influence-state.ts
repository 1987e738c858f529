/**
 * The influence engine's state for one time window: the interaction graph, per-area personalised PageRank, and the
 * per-area counters the DOL components read. `buildInfluenceState` is the full recompute; `applyIncrement` folds in
 * new posts and interactions without one (warm: only the nodes the change reaches are touched).
 *
 * Window semantics: interactions and posts at or after `asOf − window` count. Weights decay from `asOf` with the
 * half-life; items that arrive later than `asOf` (incremental batches) count with weight > 1, which keeps them
 * comparable with the rest without rewriting old weights (row normalisation makes the common factor irrelevant).
 * Nothing leaves the window between full recomputes: run one when the window should move (e.g. nightly).
 */
import { AREA_IDS, type AreaId } from './areas.js';
import { type CsrGraph, buildCsr, outWeights } from './csr-graph.js';
import { type InfluenceAccounts, type InfluenceEdges, type InfluenceInput, type InfluencePosts } from './influence-input.js';
import { DAY_MS, DEFAULT_HALF_LIFE_DAYS, type InteractionKindName, kindWeightTable } from './interaction-weights.js';
import { personalizedPageRank } from './personalized-pagerank.js';
import { pushResiduals } from './residual-push.js';

export interface InfluenceOptions {
  /** End of the window, ms (usually "now"). */
  asOf: number;
  windowDays: number;
  halfLifeDays?: number;
  /** PageRank damping (default 0.85). */
  alpha?: number;
  /** Relative L1 tolerance of the sweeps (default 1e-4: on a 200k-account graph, scores within 4e-5 of the top score of a 1e-9 run, identical top 100). */
  tolerance?: number;
  maxIterations?: number;
  kindWeights?: Partial<Record<InteractionKindName, number>>;
  /** Lowest HCP status whose engagement counts as peer endorsement (default 2 = verified). */
  endorserMinStatus?: number;
  /** Residual threshold of incremental pushes, relative to the area's total personalisation (default 1e-7). */
  pushEpsilon?: number;
}

export interface ResolvedInfluenceOptions extends Required<Omit<InfluenceOptions, 'kindWeights'>> {
  kindWeights: Float64Array;
  windowStart: number;
}

export interface InfluenceState {
  options: ResolvedInfluenceOptions;
  areas: readonly AreaId[];
  /** Accounts the state has room for (arrays below are sized capacity or capacity × K). */
  capacity: number;
  accounts: InfluenceAccounts;
  graph: CsrGraph;
  /** Rows added since the last compaction: source → (target → [weight, mask]). */
  delta: Map<number, Map<number, [number, number]>>;
  deltaEdges: number;
  outWeight: Float64Array;
  /** Area posts in the window (the unnormalised personalisation), n × K. */
  areaPosts: Float32Array;
  originalPosts: Float32Array;
  x: Float64Array;
  r: Float64Array;
  /** In-area interactions received, and split at the middle of the window for growth. */
  engagement: Float32Array;
  engagementRecent: Float32Array;
  engagementEarlier: Float32Array;
  /** Distinct HCP accounts (status ≥ endorserMinStatus) engaging in the area. */
  endorsers: Int32Array;
  /** In-area interactions made (the engager segment). */
  interactionsMade: Float32Array;
  /** Active weeks per (account, area): bit w = a post w weeks before asOf (two words: 64 weeks). */
  weeks: Uint32Array;
  iterations: number;
  /** Milliseconds spent in each phase of the last full build (for benchmarks). */
  timings: { edges: number; graph: number; counters: number; pagerank: number };
}

export function resolveOptions(options: InfluenceOptions): ResolvedInfluenceOptions {
  if (!(options.windowDays > 0)) throw new Error(`windowDays must be positive, got ${options.windowDays}`);
  return {
    asOf: options.asOf, windowDays: options.windowDays, halfLifeDays: options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS,
    alpha: options.alpha ?? 0.85, tolerance: options.tolerance ?? 1e-4, maxIterations: options.maxIterations ?? 200,
    endorserMinStatus: options.endorserMinStatus ?? 2, pushEpsilon: options.pushEpsilon ?? 1e-7,
    kindWeights: kindWeightTable(options.kindWeights), windowStart: options.asOf - options.windowDays * DAY_MS,
  };
}

const K = AREA_IDS.length;
const WEEK_MS = 7 * DAY_MS;

export function buildInfluenceState(input: InfluenceInput, options: InfluenceOptions, warm?: InfluenceState): InfluenceState {
  const o = resolveOptions(options);
  const n = input.accounts.count;
  const state = allocate(n, input.accounts, o);
  let clock = performance.now();
  const lap = (): number => { const now = performance.now(); const ms = now - clock; clock = now; return Math.round(ms); };
  const { edges } = input;
  // Edges in the window, weighted; counters in the same pass.
  let m = 0;
  const keep = new Uint8Array(edges.count);
  for (let e = 0; e < edges.count; e++) {
    if (edges.at[e]! >= o.windowStart && edges.from[e] !== edges.to[e]) { keep[e] = 1; m++; }
  }
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float32Array(m);
  const mask = new Uint16Array(m);
  let j = 0;
  const decay = -Math.LN2 / (o.halfLifeDays * DAY_MS);
  for (let e = 0; e < edges.count; e++) {
    if (keep[e] === 0) continue;
    from[j] = edges.from[e]!;
    to[j] = edges.to[e]!;
    weight[j] = o.kindWeights[edges.kind[e]!]! * Math.exp(decay * (o.asOf - edges.at[e]!));
    mask[j] = edges.areaMask[e]!;
    countEdge(state, edges.from[e]!, edges.to[e]!, edges.at[e]!, edges.areaMask[e]!);
    j++;
  }
  state.timings.edges = lap();
  state.graph = buildCsr(n, { count: m, from, to, weight, mask });
  state.outWeight = outWeights(state.graph);
  state.timings.graph = lap();
  countEndorsers(state);
  countPosts(state, input.posts);
  state.timings.counters = lap();
  const ppr = personalizedPageRank(state.graph, state.outWeight, state.areaPosts, K,
    { alpha: o.alpha, tolerance: o.tolerance, maxIterations: o.maxIterations }, warm && warm.capacity === n ? warm.x : undefined);
  state.x = ppr.x;
  state.r = ppr.r;
  state.iterations = ppr.iterations;
  state.timings.pagerank = lap();
  return state;
}

function allocate(n: number, accounts: InfluenceAccounts, o: ResolvedInfluenceOptions): InfluenceState {
  return {
    options: o, areas: AREA_IDS, capacity: n, accounts,
    graph: { nodeCount: n, offsets: new Int32Array(n + 1), targets: new Int32Array(0), weights: new Float32Array(0), masks: new Uint16Array(0) },
    delta: new Map(), deltaEdges: 0, outWeight: new Float64Array(n),
    areaPosts: new Float32Array(n * K), originalPosts: new Float32Array(n * K), x: new Float64Array(n * K), r: new Float64Array(n * K),
    engagement: new Float32Array(n * K), engagementRecent: new Float32Array(n * K), engagementEarlier: new Float32Array(n * K),
    endorsers: new Int32Array(n * K), interactionsMade: new Float32Array(n * K), weeks: new Uint32Array(n * K * 2), iterations: 0,
    timings: { edges: 0, graph: 0, counters: 0, pagerank: 0 },
  };
}

function countEdge(state: InfluenceState, from: number, to: number, at: number, mask: number): void {
  const recent = at >= state.options.asOf - (state.options.windowDays * DAY_MS) / 2;
  // One step per area bit set (usually one), lowest bit first.
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const k = 31 - Math.clz32(bits & -bits);
    state.engagement[to * K + k]!++;
    if (recent) state.engagementRecent[to * K + k]!++;
    else state.engagementEarlier[to * K + k]!++;
    state.interactionsMade[from * K + k]!++;
  }
}

function countEndorsers(state: InfluenceState): void {
  const { offsets, targets, masks } = state.graph;
  const status = state.accounts.hcpStatus;
  const min = state.options.endorserMinStatus;
  for (let u = 0; u < state.graph.nodeCount; u++) {
    if (status[u]! < min) continue;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const mask = masks[e]!;
      if (mask === 0) continue;
      const vb = targets[e]! * K;
      for (let k = 0; k < K; k++) if (mask & (1 << k)) state.endorsers[vb + k]!++;
    }
  }
}

function countPosts(state: InfluenceState, posts: InfluencePosts): void {
  for (let i = 0; i < posts.count; i++) addPostCounts(state, posts.author[i]!, posts.at[i]!, posts.areaMask[i]!, posts.isReply[i] === 1);
}

/** Returns false when the post is outside the window. */
function addPostCounts(state: InfluenceState, author: number, at: number, mask: number, isReply: boolean): boolean {
  if (at < state.options.windowStart) return false;
  if (mask === 0) return true;
  const week = Math.min(63, Math.max(0, Math.floor((state.options.asOf - at) / WEEK_MS)));
  for (let k = 0; k < K; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const i = author * K + k;
    state.areaPosts[i]!++;
    if (!isReply) state.originalPosts[i]!++;
    state.weeks[i * 2 + (week >> 5)]! |= 1 << (week & 31);
  }
  return true;
}

export interface IncrementStats {
  posts: number;
  edges: number;
  pushes: number;
  newAccounts: number;
}

/**
 * Folds new posts and interactions into the state. `accounts` must contain every account the new items name
 * (indexes beyond the old count are new accounts). PageRank is updated by pushing residuals from the changed nodes
 * only; the result matches a full recompute within the push threshold (tested).
 */
export function applyIncrement(state: InfluenceState, batch: { accounts: InfluenceAccounts; posts?: InfluencePosts; edges?: InfluenceEdges }): IncrementStats {
  const o = state.options;
  const before = state.capacity;
  if (batch.accounts.count > state.capacity) grow(state, batch.accounts.count);
  state.accounts = batch.accounts;
  const touched = new Set<number>();
  let posts = 0;
  if (batch.posts) {
    for (let i = 0; i < batch.posts.count; i++) {
      const author = batch.posts.author[i]!;
      const mask = batch.posts.areaMask[i]!;
      if (!addPostCounts(state, author, batch.posts.at[i]!, mask, batch.posts.isReply[i] === 1)) continue;
      posts++;
      for (let k = 0; k < K; k++) if (mask & (1 << k)) state.r[author * K + k]! += 1 - o.alpha;
      touched.add(author);
    }
  }
  let edges = 0;
  if (batch.edges) edges = addEdges(state, batch.edges, touched);
  let pushes = 0;
  for (let k = 0; k < K; k++) {
    let total = 0;
    for (let v = 0; v < state.capacity; v += 1) total += state.areaPosts[v * K + k]!;
    if (total === 0) continue;
    pushes += pushResiduals(state, k, touched, o.pushEpsilon * total);
  }
  return { posts, edges, pushes, newAccounts: state.capacity - before };
}

function addEdges(state: InfluenceState, edges: InfluenceEdges, touched: Set<number>): number {
  const o = state.options;
  const halfLife = o.halfLifeDays * DAY_MS;
  // Group by source: each changed row is renormalised once.
  const bySource = new Map<number, Array<[number, number, number]>>();
  // Pairs already counted as endorsement in this batch (the delta is written after the loop).
  const batchPairs = new Map<number, Map<number, number>>();
  let added = 0;
  for (let e = 0; e < edges.count; e++) {
    const u = edges.from[e]!;
    const v = edges.to[e]!;
    if (u === v || edges.at[e]! < o.windowStart) continue;
    const w = o.kindWeights[edges.kind[e]!]! * Math.pow(2, -(o.asOf - edges.at[e]!) / halfLife);
    const mask = edges.areaMask[e]!;
    countEdge(state, u, v, edges.at[e]!, mask);
    if (state.accounts.hcpStatus[u]! >= o.endorserMinStatus && mask !== 0) {
      const seen = batchPairs.get(u) ?? new Map<number, number>();
      batchPairs.set(u, seen);
      const fresh = mask & ~(pairMask(state, u, v) | (seen.get(v) ?? 0));
      seen.set(v, (seen.get(v) ?? 0) | mask);
      for (let k = 0; k < K; k++) if (fresh & (1 << k)) state.endorsers[v * K + k]!++;
    }
    const list = bySource.get(u) ?? [];
    list.push([v, w, mask]);
    bySource.set(u, list);
    added++;
  }
  for (const [u, list] of bySource) {
    const oldOut = state.outWeight[u]!;
    let addedWeight = 0;
    for (const [, w] of list) addedWeight += w;
    const newOut = oldOut + addedWeight;
    // Residual change from the row's new transition probabilities: Δr = α·x[u]·(P_new − P_old).
    const xb = u * K;
    let any = false;
    for (let k = 0; k < K; k++) if (state.x[xb + k] !== 0) any = true;
    if (any) {
      if (oldOut > 0) {
        const factor = 1 / newOut - 1 / oldOut;
        forEachOut(state, u, (v, w) => {
          for (let k = 0; k < K; k++) state.r[v * K + k]! += o.alpha * state.x[xb + k]! * w * factor;
          touched.add(v);
        });
      }
      for (const [v, w] of list) {
        for (let k = 0; k < K; k++) state.r[v * K + k]! += (o.alpha * state.x[xb + k]! * w) / newOut;
        touched.add(v);
      }
    }
    let row = state.delta.get(u);
    if (!row) state.delta.set(u, (row = new Map()));
    for (const [v, w, mask] of list) {
      const cell = row.get(v);
      if (cell) { cell[0] += w; cell[1] |= mask; } else { row.set(v, [w, mask]); state.deltaEdges++; }
    }
    state.outWeight[u] = newOut;
    touched.add(u);
  }
  return added;
}

/** Calls fn for every out-edge of u, in the compacted graph and in the delta. */
export function forEachOut(state: InfluenceState, u: number, fn: (v: number, w: number, mask: number) => void): void {
  const g = state.graph;
  if (u < g.nodeCount) for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) fn(g.targets[e]!, g.weights[e]!, g.masks[e]!);
  const row = state.delta.get(u);
  if (row) for (const [v, [w, mask]] of row) fn(v, w, mask);
}

function pairMask(state: InfluenceState, u: number, v: number): number {
  let mask = 0;
  const g = state.graph;
  if (u < g.nodeCount) for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) if (g.targets[e] === v) mask |= g.masks[e]!;
  const cell = state.delta.get(u)?.get(v);
  return cell ? mask | cell[1] : mask;
}

function grow(state: InfluenceState, capacity: number): void {
  const n = capacity;
  const resize = <T extends Float64Array | Float32Array | Int32Array | Uint32Array>(a: T, size: number): T => {
    const b = new (a.constructor as new (len: number) => T)(size);
    b.set(a);
    return b;
  };
  state.outWeight = resize(state.outWeight, n);
  for (const key of ['areaPosts', 'originalPosts', 'engagement', 'engagementRecent', 'engagementEarlier', 'interactionsMade'] as const) {
    state[key] = resize(state[key], n * K);
  }
  state.x = resize(state.x, n * K);
  state.r = resize(state.r, n * K);
  state.endorsers = resize(state.endorsers, n * K);
  state.weeks = resize(state.weeks, n * K * 2);
  state.capacity = n;
}

/** PageRank score of every account in one area, normalised to sum 1 (x + r, see personalized-pagerank.ts). */
export function areaRank(state: InfluenceState, area: AreaId): Float64Array {
  const k = AREA_IDS.indexOf(area);
  const out = new Float64Array(state.capacity);
  let sum = 0;
  for (let v = 0; v < state.capacity; v++) {
    const s = state.x[v * K + k]! + state.r[v * K + k]!;
    out[v] = s;
    sum += s;
  }
  if (sum > 0) for (let v = 0; v < state.capacity; v++) out[v]! /= sum;
  return out;
}

/** Merges the delta rows into the compacted graph (PageRank state stays valid: the graph is the same). */
export function compactDelta(state: InfluenceState): void {
  if (state.deltaEdges === 0 && state.graph.nodeCount === state.capacity) return;
  const g = state.graph;
  const total = g.targets.length + state.deltaEdges;
  const from = new Int32Array(total);
  const to = new Int32Array(total);
  const weight = new Float32Array(total);
  const mask = new Uint16Array(total);
  let j = 0;
  for (let u = 0; u < g.nodeCount; u++) {
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) { from[j] = u; to[j] = g.targets[e]!; weight[j] = g.weights[e]!; mask[j] = g.masks[e]!; j++; }
  }
  for (const [u, row] of state.delta) for (const [v, [w, m]] of row) { from[j] = u; to[j] = v; weight[j] = w; mask[j] = m; j++; }
  state.graph = buildCsr(state.capacity, { count: j, from, to, weight, mask });
  state.delta.clear();
  state.deltaEdges = 0;
}
