/**
 * The influence port: what the DOL service reads from the store (accounts, posts, interactions, in keyset pages so a
 * large database streams at bounded memory) and where it keeps its results (runs, per-area leaderboards, KOL lists).
 * Each store adapter implements it as `store.influence` (src/store/sqlite|postgres/*-influence-store.ts); the same
 * contract suite (test/contract/influence-contract.ts) runs on both.
 */
import type { ProfileText } from '../domain/account.js';
import type { KolRecord } from '../graph/kol.js';
import type { InteractionKind } from '../domain/interaction.js';
import type { ComponentName, ComponentValue } from '../graph/dol-score.js';
import type { Segment } from '../graph/segments.js';

/** What decides a post's therapy areas: the enrichment's areas when the post was enriched, else its text and hashtags. */
export interface AreaSource {
  /** Areas stored by the enrichment stage (src/nlp ids); present (maybe empty) only when the post has been enriched. */
  areas?: string[];
  text?: string;
  hashtags?: string[];
}

export interface InfluenceAccountRow extends ProfileText {
  /** The store's row id of the account (stable, used as the graph key). */
  rowId: number;
  platform: string;
  nativeId: string;
  handle: string;
  /**
   * The person's profile (src/hcp/author-profile.ts) when the account has been analysed: its id is the smallest
   * account row id of the person's linked accounts, so linked accounts share it.
   */
  profileId?: number;
}

export interface InfluencePostRow extends AreaSource {
  rowId: number;
  authorRowId: number;
  /** Epoch ms. */
  at: number;
  isReply: boolean;
}

export interface InfluenceInteractionRow {
  rowId: number;
  fromRowId: number;
  toRowId: number;
  kind: InteractionKind;
  at: number;
  /** The post acted on, when it is stored. */
  post?: AreaSource;
}

export interface RowPage {
  /** Row ids after this one (keyset paging); 0 for the first page. */
  afterRowId: number;
  limit: number;
  /** Only posts / interactions at or after this time (epoch ms). */
  since?: number;
  /** Only rows up to this row id (a run's watermark). */
  upToRowId?: number;
}

export type InfluenceRunMode = 'full' | 'incremental';
export type Population = 'all' | 'hcp';

export interface InfluenceRunInput {
  mode: InfluenceRunMode;
  windowDays: number;
  asOf: number;
  options: Record<string, unknown>;
  accounts: number;
  posts: number;
  interactions: number;
  /** Highest post and interaction row ids the run has seen: an incremental update starts after them. */
  postWatermark: number;
  interactionWatermark: number;
  startedAt: number;
  finishedAt: number;
}

export interface InfluenceRun extends InfluenceRunInput {
  id: number;
  scores: number;
}

export interface ScoreInput {
  area: string;
  /** ISO code, or '' for the board over every country. */
  country: string;
  population: Population;
  rank: number;
  accountRowId: number;
  hcpStatus: number;
  percentile: number;
  score: number;
  components: Record<ComponentName, ComponentValue>;
  segment: Segment;
  why: string;
}

export interface StoredScore extends ScoreInput {
  runId: number;
  windowDays: number;
  asOf: number;
  platform: string;
  accountId: string;
  handle: string;
  displayName?: string;
  followers?: number;
}

export interface LeaderboardQuery {
  area: string;
  windowDays: number;
  country?: string;
  hcpOnly?: boolean;
  /** Entries ranked after this (cursor). */
  afterRank?: number;
  limit: number;
}

export interface StoredLeaderboard {
  run: InfluenceRun;
  entries: StoredScore[];
  /** Accounts ranked on this board (all pages). */
  total: number;
}

export interface InteractionPartner {
  accountRowId: number;
  platform: string;
  accountId: string;
  handle: string;
  displayName?: string;
  /** Interactions this account made towards the partner, and received from them, by kind. */
  outgoing: Partial<Record<InteractionKind, number>>;
  incoming: Partial<Record<InteractionKind, number>>;
  /** Sum of the kind weights of both directions (graph/interaction-weights.ts). */
  weight: number;
}

/**
 * Another account of the same person (src/hcp/author-profile.ts): accounts an identity link joins — confirmed by a
 * reviewer, or self-declared above the auto-link threshold — share one profile, which is also the person's node in
 * the influence graph. Candidate and rejected links never join accounts.
 */
export interface LinkedAccount {
  accountRowId: number;
  platform: string;
  accountId: string;
  handle: string;
  displayName?: string;
}

/** A KOL row as parsed from a list (src/graph/kol.ts), with the line it came from. */
export type KolInput = KolRecord;

export interface StoredKol extends KolInput { list: string }

export interface InfluenceStore {
  /** Active accounts in row-id order. */
  accounts(page: RowPage): Promise<InfluenceAccountRow[]>;
  /** Posts by active authors in row-id order, with what decides their areas. */
  posts(page: RowPage): Promise<InfluencePostRow[]>;
  /** Interactions between two known active accounts in row-id order, with the area source of the post involved. */
  interactions(page: RowPage): Promise<InfluenceInteractionRow[]>;
  /** Active accounts whose native id or handle (any case) is `idOrHandle`, on one platform or all. */
  findAccounts(idOrHandle: string, platform?: string): Promise<InfluenceAccountRow[]>;
  /** The highest post and interaction row ids now. */
  watermarks(): Promise<{ posts: number; interactions: number }>;

  /** Stores a run and its scores in one transaction; returns the run id. */
  writeRun(run: InfluenceRunInput, scores: readonly ScoreInput[]): Promise<number>;
  /** Newest first; optionally of one window. */
  runs(options?: { windowDays?: number; limit?: number }): Promise<InfluenceRun[]>;
  /** The board of the newest run of the window, or undefined when no run has been stored. */
  leaderboard(query: LeaderboardQuery): Promise<StoredLeaderboard | undefined>;
  /** The account's entries on the over-all-countries boards of the newest run of each window (or of one window). */
  accountScores(accountRowId: number, options?: { windowDays?: number; population?: Population }): Promise<StoredScore[]>;
  /** Areas and countries with a board in the newest run of the window, with how many accounts each ranks. */
  boards(windowDays: number): Promise<Array<{ area: string; country: string; population: Population; accounts: number }>>;
  /**
   * For each of a page of accounts, the person's other active accounts (same profile), ordered by platform, handle
   * and row id; accounts with none are absent from the map. One query per call, however many ids.
   */
  linkedAccounts(accountRowIds: readonly number[]): Promise<Map<number, LinkedAccount[]>>;
  /** Who the account interacts with since `since`, both directions, heaviest first. */
  topInteractions(accountRowId: number, options: { since: number; limit: number }): Promise<InteractionPartner[]>;

  /** Replaces the list's rows (re-importing the same file is a no-op); returns the number stored. */
  importKols(list: string, kols: readonly KolInput[]): Promise<number>;
  kols(list?: string): Promise<StoredKol[]>;
}
