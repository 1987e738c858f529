/**
 * The store port: the only seam through which Auscult reads or writes data. The SQLite
 * adapter is the embedded default; a PostgreSQL adapter implements the same interface and
 * passes the same contract suite (test/contract/store-contract.ts).
 *
 * Idempotency lives here, because only the store can make it atomic: writeBatch applies
 * events, quarantined records and the file checkpoint in one transaction.
 */
import type { AuditLog } from '../audit/audit-log.js';
import type { AuthStore } from '../auth/auth-store.js';
import type { AccountStatus } from '../domain/account.js';
import type { IngestCounts } from '../domain/ingest-run.js';
import type { ProfileKind } from '../domain/profile.js';
import type { IngestEvent } from '../ingest/events.js';
import type { EnrichmentStore } from '../enrich/enrichment-store.js';
import type { HcpStore } from '../hcp/hcp-store.js';
import type { InfluenceStore } from '../influence/influence-store.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { QueryNode } from '../query/ast.js';
import type { Analytics } from './analytics.js';
import type { SavedQueryStore } from './saved-queries.js';

export interface StoreCapabilities {
  /** Full-text search honours phrases, prefix and NEAR exactly as docs/query-language.md says. */
  readonly fullTextSearch: boolean;
}

export interface FileCheckpoint {
  /** Identifies a file's content, not its path (see ingest/file-key.ts). */
  fileKey: string;
  path: string;
  format: string;
  /** Records fully applied, counted from the start of the file. */
  recordsDone: number;
  complete: boolean;
}

export interface QuarantineInput {
  fileKey: string;
  file: string;
  line: number;
  /** Position of the item inside a multi-item record (0 for the record itself). */
  item: number;
  field?: string;
  reason: string;
  raw: string;
}

export interface IngestBatch {
  runId: number;
  events: IngestEvent[];
  quarantine: QuarantineInput[];
  /** Written in the same transaction as the events it covers. */
  checkpoint?: FileCheckpoint;
}

export interface PostView {
  platform: string;
  /** The native id on its platform. */
  id: string;
  text: string;
  title?: string;
  /** Author handle. */
  author: string;
  authorId: string;
  authorName?: string;
  authorKind?: ProfileKind;
  lang?: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  url?: string;
  replyToId?: string;
  rootId?: string;
  quoteOfId?: string;
  hashtags: string[];
  mentions: string[];
  links: string[];
  hasMedia: boolean;
  /** Effective counts: the larger of what the source reported and what we observed. */
  metrics: { likes: number; reposts: number; replies: number; quotes: number; views?: number; score?: number };
  visibility: 'public' | 'private';
  rating?: number;
  extra?: Record<string, string | number>;
}

export interface PostVersion {
  text: string;
  title?: string;
  /** ISO 8601. */
  versionAt: string;
  current: boolean;
}

export interface AccountView {
  platform: string;
  id: string;
  handle: string;
  displayName?: string;
  bio?: string;
  location?: string;
  url?: string;
  followers?: number;
  following?: number;
  postsCount?: number;
  createdAt?: string;
  status: AccountStatus;
  posts: number;
}

export interface SearchOptions {
  /** Inclusive lower bound, ms. Combined with any from: in the query. */
  from?: number;
  /** Exclusive upper bound, ms. */
  to?: number;
  limit?: number;
  offset?: number;
  /** Newest first (default) or most engaged first. */
  order?: 'recent' | 'engagement';
}

export interface StoreStats {
  posts: number;
  accounts: number;
  interactions: number;
  quarantined: number;
  tombstones: number;
  platforms: Record<string, number>;
  /** ISO 8601 of the oldest and newest post, when there are posts. */
  firstPostAt?: string;
  lastPostAt?: string;
}

export interface RankedHashtag { tag: string; posts: number }
export interface RankedAccount { platform: string; handle: string; displayName?: string; interactions: number; posts: number }

export interface QuarantineView {
  runId: number;
  file: string;
  line: number;
  item: number;
  field?: string;
  reason: string;
  raw: string;
  at: string;
}

export interface RunView {
  id: number;
  startedAt: string;
  finishedAt?: string;
  status: 'running' | 'done' | 'failed';
  paths: string[];
  counts: IngestCounts;
}

export interface MigrationResult {
  version: number;
  name: string;
  status: 'applied' | 'already-applied';
}

export interface Store extends AsyncDisposable {
  readonly capabilities: StoreCapabilities;
  /** Work shared by worker processes through this same database (src/jobs/). */
  readonly jobs: JobQueue;
  /** Users, sessions, API tokens, failed logins (src/auth/auth-store.ts). */
  readonly auth: AuthStore;
  /** The append-only, hash-chained audit log (src/audit/audit-log.ts). */
  readonly audit: AuditLog;
  /** Saved queries per user, shareable within the instance (src/store/saved-queries.ts). */
  readonly savedQueries: SavedQueryStore;
  /** Dashboard reads: volume, breakdowns, threads, account posts, interaction graph (src/store/analytics.ts). */
  readonly analytics: Analytics;
  /** The enrichment stage's pending posts and results (src/enrich/). */
  readonly enrichment: EnrichmentStore;
  /** The HCP registry: profile analyses, verification decisions, identity links, registry matches (src/hcp/hcp-store.ts). */
  readonly hcp: HcpStore;
  /** DOL scoring's reads (accounts, posts, interactions in pages) and its stored runs, leaderboards and KOL lists (src/influence/). */
  readonly influence: InfluenceStore;

  /** Bring the schema to the latest version; safe to call on every open. */
  migrate(): Promise<MigrationResult[]>;
  close(): Promise<void>;

  startRun(paths: string[]): Promise<number>;
  finishRun(runId: number, status: 'done' | 'failed', counts: IngestCounts): Promise<void>;
  getCheckpoint(fileKey: string): Promise<FileCheckpoint | undefined>;
  /** Apply a batch atomically: all of it, or none of it. Returns what changed. */
  writeBatch(batch: IngestBatch): Promise<Partial<IngestCounts>>;

  /** Posts matching a query in the language of docs/query-language.md. */
  search(query: QueryNode, options?: SearchOptions): Promise<PostView[]>;
  countMatches(query: QueryNode, options?: SearchOptions): Promise<number>;
  getPost(platform: string, nativeId: string): Promise<PostView | undefined>;
  getPostVersions(platform: string, nativeId: string): Promise<PostVersion[]>;
  getAccount(platform: string, idOrHandle: string): Promise<AccountView | undefined>;
  isTombstoned(platform: string, nativeId: string): Promise<boolean>;

  stats(): Promise<StoreStats>;
  topHashtags(limit: number): Promise<RankedHashtag[]>;
  /** Accounts that receive the most interactions (replies, mentions, reposts, quotes, likes). */
  topAccounts(limit: number): Promise<RankedAccount[]>;
  listQuarantine(options?: { limit?: number; runId?: number }): Promise<QuarantineView[]>;
  listRuns(limit?: number): Promise<RunView[]>;
}
