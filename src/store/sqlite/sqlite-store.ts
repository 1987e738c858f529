/**
 * The embedded store: one SQLite file, WAL, FTS5. The default for a laptop and for CI.
 */
import type { IngestCounts } from '../../domain/ingest-run.js';
import type { QueryNode } from '../../query/ast.js';
import type {
  AccountView, FileCheckpoint, IngestBatch, MigrationResult, PostVersion, PostView, QuarantineView,
  RankedAccount, RankedHashtag, RunView, SearchOptions, Store, StoreStats,
} from '../store.js';
import { toAccountView } from '../account-row.js';
import { StoreWriteError } from '../store-write-error.js';
import { SqliteBatchWriter } from './sqlite-batch-writer.js';
import { SqliteAnalytics } from './sqlite-analytics.js';
import { SqliteAuditLog } from './sqlite-audit-log.js';
import { SqliteAuthStore } from './sqlite-auth-store.js';
import { SqliteEnrichmentStore } from './sqlite-enrichment-store.js';
import { SqliteInfluenceStore } from './sqlite-influence-store.js';
import { SqliteJobQueue } from './sqlite-job-queue.js';
import { SqliteSavedQueries } from './sqlite-saved-queries.js';
import { sqliteHcpStore } from './sqlite-hcp-store.js';
import type { HcpStore } from '../../hcp/hcp-store.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { migrateSqlite } from './sqlite-migrator.js';
import { ENGAGEMENT, POST_COLUMNS, POST_FROM, VISIBLE, toPostView, type PostRow } from './sqlite-post-reader.js';
import { compileSqliteQuery } from './sqlite-query-compiler.js';

/** Above this many full-text matches, a page of newest posts is found by walking the time index. */
export const DENSE_MATCHES = 20_000;

export interface SqliteStoreTuning {
  /** Full-text matches above which search walks the time index (measured: docs/benchmarks.md). */
  denseMatches?: number;
}

export class SqliteStore implements Store {
  readonly capabilities = { fullTextSearch: true } as const;
  readonly jobs: SqliteJobQueue;
  readonly auth: SqliteAuthStore;
  readonly audit: SqliteAuditLog;
  readonly savedQueries: SqliteSavedQueries;
  readonly hcp: HcpStore;
  readonly analytics: SqliteAnalytics;
  readonly enrichment: SqliteEnrichmentStore;
  readonly influence: SqliteInfluenceStore;
  private writer: SqliteBatchWriter | undefined;

  private readonly denseMatches: number;

  constructor(private readonly db: SqliteDatabase, tuning: SqliteStoreTuning = {}) {
    this.denseMatches = tuning.denseMatches ?? DENSE_MATCHES;
    this.jobs = new SqliteJobQueue(db);
    this.auth = new SqliteAuthStore(db);
    this.audit = new SqliteAuditLog(db);
    this.savedQueries = new SqliteSavedQueries(db);
    this.hcp = sqliteHcpStore(db, this.audit);
    this.analytics = new SqliteAnalytics(db);
    this.enrichment = new SqliteEnrichmentStore(db);
    this.influence = new SqliteInfluenceStore(db);
  }

  async migrate(): Promise<MigrationResult[]> {
    const results = migrateSqlite(this.db);
    this.writer = new SqliteBatchWriter(this.db);
    return results;
  }

  async close(): Promise<void> {
    if (this.db.open) {
      // Fold the WAL back so the file is complete on its own when we are done with it.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async startRun(paths: string[]): Promise<number> {
    const r = this.db.prepare(`INSERT INTO ingest_runs (started_at, status, paths, counts) VALUES (?, 'running', ?, '{}')`)
      .run(Date.now(), JSON.stringify(paths));
    return Number(r.lastInsertRowid);
  }

  async finishRun(runId: number, status: 'done' | 'failed', counts: IngestCounts): Promise<void> {
    this.db.prepare('UPDATE ingest_runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?')
      .run(Date.now(), status, JSON.stringify(counts), runId);
  }

  async getCheckpoint(fileKey: string): Promise<FileCheckpoint | undefined> {
    const row = this.db.prepare('SELECT * FROM ingest_checkpoints WHERE file_key = ?').get(fileKey) as
      { file_key: string; path: string; format: string; records_done: number; complete: number } | undefined;
    if (!row) return undefined;
    return { fileKey: row.file_key, path: row.path, format: row.format, recordsDone: row.records_done, complete: row.complete === 1 };
  }

  async writeBatch(batch: IngestBatch): Promise<Partial<IngestCounts>> {
    this.writer ??= new SqliteBatchWriter(this.db);
    const writer = this.writer;
    const counts: Partial<IngestCounts> = {};
    const now = Date.now();
    try {
      this.db.transaction(() => {
        for (const event of batch.events) writer.apply(event, batch.runId, counts);
        writer.writeQuarantine(batch.runId, batch.quarantine, now, counts);
        if (batch.checkpoint) writer.writeCheckpoint(batch.checkpoint, now);
      })();
    } catch (error) {
      writer.forgetCache();
      throw new StoreWriteError('could not write a batch; nothing of it was stored', { cause: error });
    }
    return counts;
  }

  async search(query: QueryNode, options: SearchOptions = {}): Promise<PostView[]> {
    const { where, params, requiredText } = this.where(query, options);
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    if (options.order === 'engagement') {
      const rows = this.db.prepare(`SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE ${where}
        ORDER BY ${ENGAGEMENT} DESC, p.created_at DESC, p.id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as PostRow[];
      return rows.map(toPostView);
    }
    // Page through ids first, join the rest for that page only. When the text matches a large
    // share of all posts, walking the time index from the newest post finds a page sooner than
    // sorting every match.
    const byTime = requiredText !== undefined && this.matchesAtLeast(requiredText, this.denseMatches) ? 'INDEXED BY posts_created' : '';
    // CROSS JOIN keeps the page as the outer loop (SQLite does not reorder it).
    const rows = this.db.prepare(`SELECT ${POST_COLUMNS}
      FROM (SELECT p.id, p.created_at AS t FROM posts p ${byTime} WHERE ${where}
            ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?) page
      CROSS JOIN ${POST_FROM.replace('posts p', 'posts p ON p.id = page.id')}
      ORDER BY page.t DESC, page.id DESC`).all(...params, limit, offset) as PostRow[];
    return rows.map(toPostView);
  }

  async countMatches(query: QueryNode, options: SearchOptions = {}): Promise<number> {
    const { where, params } = this.where(query, options);
    const row = this.db.prepare(`SELECT count(*) AS n FROM posts p WHERE ${where}`).get(...params) as { n: number };
    return row.n;
  }

  async getPost(platform: string, nativeId: string): Promise<PostView | undefined> {
    const row = this.db.prepare(`SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.platform = ? AND p.native_id = ? AND ${VISIBLE}`)
      .get(platform, nativeId) as PostRow | undefined;
    return row && toPostView(row);
  }

  async getPostVersions(platform: string, nativeId: string): Promise<PostVersion[]> {
    const rows = this.db.prepare(`SELECT text, title, version_at, 1 AS current FROM posts WHERE platform = ? AND native_id = ?
      UNION ALL SELECT v.text, v.title, v.version_at, 0 FROM post_versions v JOIN posts p ON p.id = v.post_id
        WHERE p.platform = ? AND p.native_id = ?
      ORDER BY version_at DESC`).all(platform, nativeId, platform, nativeId) as
      Array<{ text: string; title: string | null; version_at: number; current: number }>;
    return rows.map((r) => ({
      text: r.text, versionAt: new Date(r.version_at).toISOString(), current: r.current === 1,
      ...(r.title !== null ? { title: r.title } : {}),
    }));
  }

  async getAccount(platform: string, idOrHandle: string): Promise<AccountView | undefined> {
    const row = this.db.prepare(`SELECT a.*, (SELECT count(*) FROM posts p WHERE p.author_id = a.id) AS n_posts
      FROM accounts a WHERE a.platform = ? AND (a.native_id = ? OR a.handle = ? COLLATE NOCASE)
      ORDER BY a.native_id = ? DESC LIMIT 1`).get(platform, idOrHandle, idOrHandle.replace(/^@/, ''), idOrHandle) as
      Record<string, unknown> | undefined;
    return row && toAccountView(row);
  }

  async isTombstoned(platform: string, nativeId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM tombstones WHERE platform = ? AND native_id = ?').get(platform, nativeId) !== undefined;
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const platforms: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT platform, count(*) AS n FROM posts GROUP BY platform ORDER BY n DESC').all() as
      Array<{ platform: string; n: number }>) platforms[r.platform] = r.n;
    const range = this.db.prepare('SELECT min(created_at) AS first, max(created_at) AS last FROM posts').get() as
      { first: number | null; last: number | null };
    const stats: StoreStats = {
      posts: count('SELECT count(*) AS n FROM posts'),
      accounts: count('SELECT count(*) AS n FROM accounts'),
      interactions: count('SELECT count(*) AS n FROM interactions'),
      quarantined: count('SELECT count(*) AS n FROM quarantine'),
      tombstones: count('SELECT count(*) AS n FROM tombstones'),
      platforms,
    };
    if (range.first !== null) stats.firstPostAt = new Date(range.first).toISOString();
    if (range.last !== null) stats.lastPostAt = new Date(range.last).toISOString();
    return stats;
  }

  async topHashtags(limit: number): Promise<RankedHashtag[]> {
    return this.db.prepare(`SELECT j.value AS tag, count(*) AS posts FROM posts p, json_each(p.hashtags) j
      GROUP BY j.value ORDER BY posts DESC, tag LIMIT ?`).all(limit) as RankedHashtag[];
  }

  async topAccounts(limit: number): Promise<RankedAccount[]> {
    // @NOTE a reply, quote, repost or like may name only the post it acted on; its target is
    // that post's author, resolved here rather than on every write.
    const rows = this.db.prepare(`SELECT a.platform, a.handle, a.display_name, t.n AS interactions,
        (SELECT count(*) FROM posts p WHERE p.author_id = a.id) AS posts
      FROM (SELECT target, count(*) AS n FROM (
              SELECT i.from_account_id AS source, CASE
                WHEN i.to_account_id IS NOT NULL THEN i.to_account_id
                WHEN i.kind IN ('reply', 'quote', 'repost', 'like') THEN
                  (SELECT p.author_id FROM posts p WHERE p.platform = i.platform AND p.native_id = i.post_native_id)
              END AS target
              FROM interactions i)
            WHERE target IS NOT NULL AND target <> source
            GROUP BY target ORDER BY n DESC LIMIT ?) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active'
      ORDER BY t.n DESC, a.handle`).all(limit) as
      Array<{ platform: string; handle: string; display_name: string | null; interactions: number; posts: number }>;
    return rows.map((r) => ({
      platform: r.platform, handle: r.handle, interactions: r.interactions, posts: r.posts,
      ...(r.display_name !== null ? { displayName: r.display_name } : {}),
    }));
  }

  async listQuarantine(options: { limit?: number; runId?: number } = {}): Promise<QuarantineView[]> {
    const rows = this.db.prepare(`SELECT * FROM quarantine WHERE (? IS NULL OR run_id = ?) ORDER BY id LIMIT ?`)
      .all(options.runId ?? null, options.runId ?? null, options.limit ?? 100) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      runId: r.run_id as number, file: r.file as string, line: r.line as number, item: r.item as number,
      reason: r.reason as string, raw: r.raw as string, at: new Date(r.at as number).toISOString(),
      ...(r.field !== null ? { field: r.field as string } : {}),
    }));
  }

  async listRuns(limit = 20): Promise<RunView[]> {
    const rows = this.db.prepare('SELECT * FROM ingest_runs ORDER BY id DESC LIMIT ?').all(limit) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: r.id as number, startedAt: new Date(r.started_at as number).toISOString(), status: r.status as RunView['status'],
      paths: JSON.parse(r.paths as string) as string[], counts: JSON.parse(r.counts as string) as IngestCounts,
      ...(r.finished_at !== null ? { finishedAt: new Date(r.finished_at as number).toISOString() } : {}),
    }));
  }

  /** Raw handle for adapter-level checks in tests (integrity_check); not part of the port. */
  get database(): SqliteDatabase {
    return this.db;
  }

  /** Whether a full-text expression matches at least `n` posts, reading at most `n` index entries. */
  private matchesAtLeast(expression: string, n: number): boolean {
    const row = this.db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? LIMIT ?)')
      .get(expression, n) as { n: number };
    return row.n >= n;
  }

  private where(query: QueryNode, options: SearchOptions): { where: string; params: unknown[]; requiredText?: string } {
    const compiled = compileSqliteQuery(query);
    const clauses = [`(${compiled.where})`, VISIBLE];
    const params = [...compiled.params];
    if (options.from !== undefined) { clauses.push('p.created_at >= ?'); params.push(options.from); }
    if (options.to !== undefined) { clauses.push('p.created_at < ?'); params.push(options.to); }
    return { where: clauses.join(' AND '), params, ...(compiled.requiredText ? { requiredText: compiled.requiredText } : {}) };
  }

}
