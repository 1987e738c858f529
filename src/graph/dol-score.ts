/**
 * Digital Opinion Leader scores per therapy area (and optionally country) from named components, each normalised to
 * a 0–1 percentile among the area's candidates, combined with documented weights (docs/influence.md):
 *
 *   topical_authority  0.30  personalised PageRank on the area's content (who the area's posters engage with)
 *   peer_endorsement   0.25  distinct HCPs who engaged with the account's area content
 *   engagement         0.15  in-area interactions received per area post, over log2(2 + followers)
 *   reach              0.10  followers (log), or interactions received when followers are unknown
 *   consistency        0.10  share of weeks in the window with at least one area post
 *   growth             0.10  in-area interactions received, second half of the window over the first
 *
 * Each entry carries its rank, percentile, the components (raw and normalised), a one-sentence "why" built from the
 * two largest weighted contributions, evidence entries and the creator / engager / consumer segment.
 */
import { AREA_IDS, type AreaId } from './areas.js';
import type { Evidence } from '../hcp/evidence.js';
import { areaRank, type InfluenceState } from './influence-state.js';
import { type Segment, segmentOf } from './segments.js';

export const COMPONENTS = ['topical_authority', 'peer_endorsement', 'engagement', 'reach', 'consistency', 'growth'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export const DEFAULT_COMPONENT_WEIGHTS: Readonly<Record<ComponentName, number>> = {
  topical_authority: 0.30, peer_endorsement: 0.25, engagement: 0.15, reach: 0.10, consistency: 0.10, growth: 0.10,
};

export interface LeaderboardOptions {
  area: AreaId;
  /** ISO country code: rank only accounts of this country. */
  country?: string;
  /** How many entries to return (all candidates are scored). Default 100. */
  limit?: number;
  /** Lowest HCP status eligible (0 = everyone, 1 = detected candidates, 2 = verified). Default 1. */
  minHcpStatus?: number;
  weights?: Partial<Record<ComponentName, number>>;
}

export interface ComponentValue { raw: number; normalized: number; weight: number }

export interface DolEntry {
  account: number;
  key?: string;
  name?: string;
  rank: number;
  /** Share of candidates scoring lower (0–100). */
  percentile: number;
  score: number;
  components: Record<ComponentName, ComponentValue>;
  segment: Segment;
  why: string;
  evidence: Evidence[];
}

export interface AreaLeaderboard {
  area: AreaId;
  country?: string;
  windowDays: number;
  asOf: number;
  candidates: number;
  weights: Record<ComponentName, number>;
  entries: DolEntry[];
}

const K = AREA_IDS.length;

export function leaderboard(state: InfluenceState, options: LeaderboardOptions): AreaLeaderboard {
  const k = AREA_IDS.indexOf(options.area);
  if (k < 0) throw new Error(`unknown therapy area "${options.area}"; known: ${AREA_IDS.join(', ')}`);
  const weights = { ...DEFAULT_COMPONENT_WEIGHTS, ...options.weights };
  const minStatus = options.minHcpStatus ?? 1;
  const acc = state.accounts;
  const countryIndex = options.country ? acc.countryCodes.indexOf(options.country) : -1;
  const rank = areaRank(state, options.area);
  const weeksInWindow = Math.max(1, Math.ceil(state.options.windowDays / 7));
  const weekMask = windowWeekMask(weeksInWindow);
  const candidates: number[] = [];
  for (let v = 0; v < state.capacity; v++) {
    if (v >= acc.count || acc.hcpStatus[v]! < minStatus) continue;
    if (options.country && acc.country[v] !== countryIndex) continue;
    const i = v * K + k;
    if (state.areaPosts[i]! > 0 || state.engagement[i]! > 0) candidates.push(v);
  }
  const raw: Record<ComponentName, Float64Array> = Object.fromEntries(COMPONENTS.map((c) => [c, new Float64Array(candidates.length)])) as Record<ComponentName, Float64Array>;
  candidates.forEach((v, c) => {
    const i = v * K + k;
    const followers = acc.followers[v]!;
    const known = Number.isFinite(followers) && followers >= 0;
    raw.topical_authority[c] = rank[v]!;
    raw.peer_endorsement[c] = state.endorsers[i]!;
    raw.engagement[c] = state.engagement[i]! / Math.max(1, state.areaPosts[i]!) / Math.log2(2 + (known ? followers : 0));
    raw.reach[c] = Math.log1p(known ? followers : state.engagement[i]!);
    raw.consistency[c] = (popcount(state.weeks[i * 2]! & weekMask[0]!) + popcount(state.weeks[i * 2 + 1]! & weekMask[1]!)) / weeksInWindow;
    raw.growth[c] = Math.log((state.engagementRecent[i]! + 1) / (state.engagementEarlier[i]! + 1));
  });
  const normalized = Object.fromEntries(COMPONENTS.map((c) => [c, percentileRanks(raw[c])])) as Record<ComponentName, Float64Array>;
  const scores = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    let s = 0;
    for (const name of COMPONENTS) s += weights[name] * normalized[name][c]!;
    scores[c] = s;
  }
  const order = [...candidates.keys()].sort((a, b) => scores[b]! - scores[a]! || raw.topical_authority[b]! - raw.topical_authority[a]!);
  const limit = options.limit ?? 100;
  const entries: DolEntry[] = [];
  for (let pos = 0; pos < Math.min(limit, order.length); pos++) {
    const c = order[pos]!;
    const v = candidates[c]!;
    const components = Object.fromEntries(COMPONENTS.map((name) => [name, {
      raw: round(raw[name][c]!), normalized: round(normalized[name][c]!), weight: weights[name],
    }])) as Record<ComponentName, ComponentValue>;
    const percentile = round(100 * (order.length - 1 - pos) / Math.max(1, order.length - 1));
    const segment = segmentOf(state, v, options.area);
    entries.push({
      account: v, ...(acc.keys?.[v] ? { key: acc.keys[v] } : {}), ...(acc.names?.[v] ? { name: acc.names[v] } : {}),
      rank: pos + 1, percentile, score: round(scores[c]!), components, segment,
      why: whySentence(options.area, pos + 1, order.length, components, state.endorsers[v * K + k]!, state.options.windowDays, options.country),
      evidence: COMPONENTS.map((name) => ({
        rule: `dol:${name}`, supports: `dol:${options.area}`, field: 'graph' as const, weight: round(weights[name] * components[name].normalized),
        note: `raw ${components[name].raw}, percentile ${Math.round(components[name].normalized * 100)}, weight ${weights[name]}`,
      })),
    });
  }
  return {
    area: options.area, ...(options.country ? { country: options.country } : {}), windowDays: state.options.windowDays,
    asOf: state.options.asOf, candidates: candidates.length, weights, entries,
  };
}

/** Mid-rank percentiles in [0, 1]: the share of values below plus half the ties. */
export function percentileRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (n === 1) { out[0] = 1; return out; }
  const order = [...values.keys()].sort((a, b) => values[a]! - values[b]!);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const mid = (i + j) / 2 / (n - 1);
    for (let t = i; t <= j; t++) out[order[t]!] = mid;
    i = j + 1;
  }
  return out;
}

const PHRASES: Record<ComponentName, (v: ComponentValue, endorsers: number) => string> = {
  topical_authority: (v) => `area PageRank in the ${top(v.normalized)}`,
  peer_endorsement: (_v, endorsers) => `engaged by ${endorsers} distinct HCP${endorsers === 1 ? '' : 's'} on area posts`,
  engagement: (v) => `engagement per post for the audience size in the ${top(v.normalized)}`,
  reach: (v) => `reach in the ${top(v.normalized)}`,
  consistency: (v) => `steady activity (posts in ${Math.round(v.raw * 100)}% of weeks)`,
  growth: (v) => `growing engagement (${v.raw >= 0 ? '+' : ''}${Math.round((Math.exp(v.raw) - 1) * 100)}% in the recent half of the window)`,
};

function whySentence(area: AreaId, rank: number, of: number, components: Record<ComponentName, ComponentValue>, endorsers: number,
  windowDays: number, country?: string): string {
  // The two largest weighted contributions, among components that are actually a strength (above the median, and
  // not a zero count): "engaged by 0 distinct HCPs" explains nothing.
  const strong = (c: ComponentName) => components[c].normalized > 0.5 && !(c === 'peer_endorsement' && endorsers === 0);
  const ranked = [...COMPONENTS].sort((a, b) => components[b].weight * components[b].normalized - components[a].weight * components[a].normalized);
  const top2 = [...ranked.filter(strong), ...ranked.filter((c) => !strong(c))].slice(0, ranked.some(strong) ? Math.min(2, ranked.filter(strong).length) : 1);
  const reasons = top2.map((c) => PHRASES[c](components[c], endorsers));
  return `Ranked ${rank} of ${of} in ${area.replace(/_/g, ' ')}${country ? ` (${country})` : ''} over ${windowDays} days: ${reasons.join(', and ')}.`;
}

function top(normalized: number): string {
  const share = Math.max(1, Math.round((1 - normalized) * 100));
  return `top ${share}%`;
}

function windowWeekMask(weeks: number): [number, number] {
  const low = weeks >= 32 ? 0xffffffff : (2 ** weeks - 1);
  const high = weeks <= 32 ? 0 : weeks >= 64 ? 0xffffffff : (2 ** (weeks - 32) - 1);
  return [low >>> 0, high >>> 0];
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
