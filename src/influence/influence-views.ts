/**
 * What the CLI and the API show about influence, built from the port in one place: a leaderboard with each person's
 * other accounts, an account's profile (analysis evidence, areas, score components per area, top interactions, top
 * posts) and the KOL ↔ DOL overlap of an area.
 */
import { AREA_IDS, type AreaId } from '../graph/areas.js';
import { type KolDolCandidate, type KolDolReport, kolDolOverlap } from '../graph/kol.js';
import { DAY_MS } from '../graph/interaction-weights.js';
import { analyzeProfile, type ProfileAnalysis } from '../hcp/analyze-profile.js';
import type { DecisionEntry, StoredLink, Verification } from '../hcp/hcp-store.js';
import type { PostView, Store } from '../store/store.js';
import type {
  InfluenceAccountRow, InteractionPartner, LeaderboardQuery, LinkedAccount, StoredLeaderboard, StoredScore,
} from './influence-store.js';

export const WINDOW_CHOICES = [30, 90, 365] as const;

/** "90d", "90" → 90. */
export function parseWindow(value: string | undefined, fallback = 90): number {
  if (value === undefined || value === '') return fallback;
  const m = /^(\d+)d?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new Error(`window must be a number of days such as 90d, got "${value}"`);
  return Number(m[1]);
}

export function parseArea(value: string): AreaId {
  const id = value.trim().toLowerCase().replace(/[-\s]+/g, '_');
  const found = AREA_IDS.find((a) => a === id || a.startsWith(`${id}_`));
  if (!found) throw new Error(`unknown therapy area "${value}"; known: ${AREA_IDS.join(', ')}`);
  return found;
}

/** A leaderboard entry: the person, shown under their first account, and where else they are (`alsoOn`). */
export interface LeaderboardEntry extends StoredScore { alsoOn: LinkedAccount[] }

export interface PersonLeaderboard extends Omit<StoredLeaderboard, 'entries'> { entries: LeaderboardEntry[] }

/**
 * The stored board of the query, each entry with the person's other linked accounts: one read of the board and one
 * of the links for the page. The links are today's: a link confirmed or undone since the run shows here at once, and
 * in the scores at the next full computation.
 */
export async function personLeaderboard(store: Store, query: LeaderboardQuery): Promise<PersonLeaderboard | undefined> {
  const board = await store.influence.leaderboard(query);
  if (!board) return undefined;
  const linked = await store.influence.linkedAccounts(board.entries.map((e) => e.accountRowId));
  return { ...board, entries: board.entries.map((e) => ({ ...e, alsoOn: linked.get(e.accountRowId) ?? [] })) };
}

/** An account as people write it: `u/name` on Reddit, `@handle` elsewhere. */
export function accountLabel(a: { platform: string; handle: string }): string {
  return a.platform === 'reddit' ? `u/${a.handle}` : `@${a.handle}`;
}

/** "platform:id-or-handle", or a handle/id on any platform (every match is returned). */
export async function resolveAccounts(store: Store, ref: string): Promise<InfluenceAccountRow[]> {
  const colon = ref.indexOf(':');
  const platforms = Object.keys((await store.stats()).platforms);
  if (colon > 0 && platforms.includes(ref.slice(0, colon))) return store.influence.findAccounts(ref.slice(colon + 1), ref.slice(0, colon));
  return store.influence.findAccounts(ref.replace(/^@/, ''));
}

export interface AccountInfluence {
  account: InfluenceAccountRow;
  analysis: ProfileAnalysis;
  /** Areas the account is ranked in (newest run of the window), best rank first. */
  scores: StoredScore[];
  interactions: InteractionPartner[];
  topPosts: PostView[];
  windowDays: number;
  /** What reviewers decided about the account (state, decisions oldest first, identity links), from the HCP registry. */
  verification: { state: Verification | null; decisions: DecisionEntry[]; links: StoredLink[] };
}

export async function accountInfluence(store: Store, account: InfluenceAccountRow, options: { windowDays?: number; limit?: number } = {}): Promise<AccountInfluence> {
  const windowDays = options.windowDays ?? 90;
  // Scores are the person's: stored under the first of their linked accounts (the profile id).
  const scores = await store.influence.accountScores(account.profileId ?? account.rowId, { windowDays });
  const [latest] = await store.influence.runs({ windowDays, limit: 1 });
  const asOf = latest?.asOf ?? Date.now();
  const analysis = analyzeProfile({ name: account.displayName ?? '', handle: account.handle, bio: account.bio ?? '',
    location: account.location ?? '', url: account.url ?? '' });
  const posts = await store.analytics.accountPosts(account.platform, account.nativeId, { limit: 200 });
  // The registry addresses accounts by the same row id.
  const [state, decisions, links] = await Promise.all([store.hcp.getVerification(account.rowId), store.hcp.decisions(account.rowId),
    store.hcp.links({ ref: account.rowId, limit: 20, offset: 0 })]);
  const engagement = (p: PostView) => p.metrics.likes + p.metrics.reposts * 2 + p.metrics.replies * 2 + p.metrics.quotes * 2;
  return {
    account, analysis, windowDays, scores: scores.sort((a, b) => a.rank - b.rank),
    interactions: await store.influence.topInteractions(account.rowId, { since: asOf - windowDays * DAY_MS, limit: options.limit ?? 10 }),
    topPosts: posts.sort((a, b) => engagement(b) - engagement(a)).slice(0, 5),
    verification: { state: state ?? null, decisions, links },
  };
}

/** KOLs of the stored lists (of the area, when their row names one) against the area's stored DOL board. */
export async function kolOverlap(store: Store, options: { area: AreaId; windowDays: number; list?: string; top?: number; sameCountry?: boolean }):
  Promise<KolDolReport & { dolsConsidered: number; kolsConsidered: number }> {
  const kols = (await store.influence.kols(options.list)).filter((k) => !k.area || parseAreaOrNull(k.area) === options.area);
  const board = await store.influence.leaderboard({ area: options.area, windowDays: options.windowDays, limit: options.top ?? 100, hcpOnly: true });
  const dols: KolDolCandidate[] = (board?.entries ?? []).map((e) => ({ account: e.accountRowId, rank: e.rank, score: e.score,
    name: e.displayName ?? e.handle }));
  const report = kolDolOverlap(kols, dols, { ...(options.sameCountry !== undefined ? { sameCountry: options.sameCountry } : {}) });
  return { ...report, dolsConsidered: dols.length, kolsConsidered: kols.length };
}

function parseAreaOrNull(value: string): AreaId | null {
  try { return parseArea(value); } catch { return null; }
}
