/** Row ↔ port mapping shared by the SQLite and PostgreSQL influence adapters (the SQL differs, the shapes do not). */
import type { InteractionKind } from '../domain/interaction.js';
import { COMPONENTS, type ComponentName, type ComponentValue } from '../graph/dol-score.js';
import { DEFAULT_KIND_WEIGHTS } from '../graph/interaction-weights.js';
import type { Segment } from '../graph/segments.js';
import type {
  AreaSource, InfluenceAccountRow, InfluenceRun, InteractionPartner, LinkedAccount, Population, ScoreInput, StoredKol, StoredScore,
} from './influence-store.js';

/** Columns a post's area source is read from: `enriched` tells whether `areas` (comma-joined) is authoritative. */
export interface AreaSourceRow { enriched: number | boolean | null; areas: string | null; text: string | null; hashtags: string | string[] | null }

export function areaSourceOf(row: AreaSourceRow): AreaSource {
  if (row.enriched) return { areas: row.areas ? row.areas.split(',') : [] };
  const hashtags = typeof row.hashtags === 'string' ? JSON.parse(row.hashtags) as string[] : row.hashtags ?? [];
  return { text: row.text ?? '', hashtags };
}

export interface RunRow {
  id: number; mode: string; window_days: number; as_of: number; options: string; accounts: number; posts: number;
  interactions: number; scores: number; post_watermark: number; interaction_watermark: number; started_at: number; finished_at: number;
}

export function toRun(r: RunRow): InfluenceRun {
  return {
    id: r.id, mode: r.mode as InfluenceRun['mode'], windowDays: r.window_days, asOf: r.as_of, options: JSON.parse(r.options) as Record<string, unknown>,
    accounts: r.accounts, posts: r.posts, interactions: r.interactions, scores: r.scores, postWatermark: r.post_watermark,
    interactionWatermark: r.interaction_watermark, startedAt: r.started_at, finishedAt: r.finished_at,
  };
}

export interface ScoreRow {
  run_id: number; window_days: number; as_of: number; area: string; country: string; population: string; rank: number;
  account_id: number; hcp_status: number; percentile: number; score: number; raw: string; segment: string; why: string;
  platform: string; native_id: string; handle: string; display_name: string | null; followers: number | null;
}

export const SCORE_SELECT = `s.run_id, r.window_days, r.as_of, s.area, s.country, s.population, s.rank, s.account_id, s.hcp_status,
  s.percentile, s.score, s.raw, s.segment, s.why, a.platform, a.native_id, a.handle, a.display_name, a.followers`;

export function toStoredScore(r: ScoreRow): StoredScore {
  return {
    runId: r.run_id, windowDays: r.window_days, asOf: r.as_of, area: r.area, country: r.country, population: r.population as Population,
    rank: r.rank, accountRowId: r.account_id, hcpStatus: r.hcp_status, percentile: r.percentile, score: r.score,
    components: JSON.parse(r.raw) as Record<ComponentName, ComponentValue>, segment: r.segment as Segment, why: r.why,
    platform: r.platform, accountId: r.native_id, handle: r.handle,
    ...(r.display_name ? { displayName: r.display_name } : {}), ...(r.followers !== null ? { followers: r.followers } : {}),
  };
}

/** The values of one score row in column order (run_id first), normalised components as their own columns. */
export function scoreValues(runId: number, s: ScoreInput): unknown[] {
  return [runId, s.area, s.country, s.population, s.rank, s.accountRowId, s.hcpStatus, s.percentile, s.score,
    ...COMPONENTS.map((c) => s.components[c].normalized), JSON.stringify(s.components), s.segment, s.why];
}

export const SCORE_COLUMNS = ['run_id', 'area', 'country', 'population', 'rank', 'account_id', 'hcp_status', 'percentile', 'score',
  ...COMPONENTS, 'raw', 'segment', 'why'] as const;

export interface PartnerRow {
  other: number; direction: 'in' | 'out'; kind: InteractionKind; n: number;
  platform: string; native_id: string; handle: string; display_name: string | null;
}

/** Folds (partner, direction, kind, count) rows into partners weighted by kind, heaviest first. */
export function toPartners(rows: readonly PartnerRow[], limit: number): InteractionPartner[] {
  const byOther = new Map<number, InteractionPartner>();
  for (const r of rows) {
    let p = byOther.get(r.other);
    if (!p) {
      p = { accountRowId: r.other, platform: r.platform, accountId: r.native_id, handle: r.handle,
        ...(r.display_name ? { displayName: r.display_name } : {}), outgoing: {}, incoming: {}, weight: 0 };
      byOther.set(r.other, p);
    }
    const side = r.direction === 'out' ? p.outgoing : p.incoming;
    side[r.kind] = (side[r.kind] ?? 0) + r.n;
    p.weight += (DEFAULT_KIND_WEIGHTS[r.kind] ?? 0) * r.n;
  }
  return [...byOther.values()].sort((a, b) => b.weight - a.weight || a.accountRowId - b.accountRowId).slice(0, limit)
    .map((p) => ({ ...p, weight: Math.round(p.weight * 100) / 100 }));
}

export interface KolRow {
  list: string; line: number; name: string; publications: number; trials: number; guideline_roles: number;
  country: string | null; area: string | null; external_id: string | null; specialty: string | null;
}

export function toKol(r: KolRow): StoredKol {
  return {
    list: r.list, line: r.line, name: r.name, publications: r.publications, trials: r.trials, guidelineRoles: r.guideline_roles,
    ...(r.country ? { country: r.country } : {}), ...(r.area ? { area: r.area } : {}), ...(r.external_id ? { id: r.external_id } : {}),
    ...(r.specialty ? { specialty: r.specialty } : {}),
  };
}

export const ACCOUNT_COLUMNS = 'id, platform, native_id, handle, display_name, bio, location, url, followers, profile_id';

export interface AccountRow {
  id: number; platform: string; native_id: string; handle: string; display_name: string | null; bio: string | null;
  location: string | null; url: string | null; followers: number | null; profile_id: number | string | null;
}

export function toAccountRow(r: AccountRow): InfluenceAccountRow {
  return {
    rowId: r.id, platform: r.platform, nativeId: r.native_id, handle: r.handle,
    ...(r.display_name ? { displayName: r.display_name } : {}), ...(r.bio ? { bio: r.bio } : {}),
    ...(r.location ? { location: r.location } : {}), ...(r.url ? { url: r.url } : {}), ...(r.followers !== null ? { followers: r.followers } : {}),
    ...(r.profile_id !== null && r.profile_id !== undefined ? { profileId: Number(r.profile_id) } : {}),
  };
}

/** The columns of `linkedAccounts`: the account asked about (`of_id`) and one other account `o` of its profile. */
export const LINKED_SELECT = 'q.id AS of_id, o.id, o.platform, o.native_id, o.handle, o.display_name';

export interface LinkedRow { of_id: number | string; id: number | string; platform: string; native_id: string; handle: string; display_name: string | null }

/**
 * Groups rows by the account asked about, in one order on every engine: platform, handle, row id compared as code
 * units (handles in lower case) here rather than by the database's collation (PostgreSQL's depends on the locale).
 */
export function toLinkedAccounts(rows: readonly LinkedRow[]): Map<number, LinkedAccount[]> {
  const out = new Map<number, LinkedAccount[]>();
  for (const r of rows) {
    const of = Number(r.of_id);
    const linked: LinkedAccount = { accountRowId: Number(r.id), platform: r.platform, accountId: r.native_id, handle: r.handle,
      ...(r.display_name ? { displayName: r.display_name } : {}) };
    const list = out.get(of);
    if (list) list.push(linked); else out.set(of, [linked]);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const list of out.values()) list.sort((a, b) => cmp(a.platform, b.platform) || cmp(a.handle.toLowerCase(), b.handle.toLowerCase()) || a.accountRowId - b.accountRowId);
  return out;
}
