/**
 * The server store: PostgreSQL, for teams that outgrow one SQLite file and for workers on
 * many machines sharing one database. Same port, same contract suite as SQLite.
 */
import type { IngestCounts } from '../../domain/ingest-run.js';
import type { QueryNode } from '../../query/ast.js';
import { type PostRow, toPostView } from '../post-row.js';
import type {
  AccountView, FileCheckpoint, IngestBatch, MigrationResult, PostVersion, PostView, QuarantineView,
  RankedAccount, RankedHashtag, RunView, SearchOptions, Store, StoreStats,
} from '../store.js';
import { toAccountView } from '../account-row.js';
import { StoreWriteError } from '../store-write-error.js';
import { planBatch } from './postgres-batch-plan.js';
import { type Counts, PostgresBatchWriter, STAGING_TABLES } from './postgres-batch-writer.js';
import { AccountIdCache } from './postgres-account-cache.js';
import type { PgPool } from './postgres-database.js';
import { PostgresAnalytics } from './postgres-analytics.js';
import { PostgresAuditLog } from './postgres-audit-log.js';
import { PostgresAuthStore } from './postgres-auth-store.js';
import { PostgresEnrichmentStore } from './postgres-enrichment-store.js';
import { PostgresInfluenceStore } from './postgres-influence-store.js';
import { PostgresJobQueue } from './postgres-job-queue.js';
import { PostgresSavedQueries } from './postgres-saved-queries.js';
import { postgresHcpStore } from './postgres-hcp-store.js';
import type { HcpStore } from '../../hcp/hcp-store.js';
import { migratePostgres } from './postgres-migrator.js';
import { PostgresPartitions } from './postgres-partitions.js';
import { ENGAGEMENT, POST_COLUMNS, POST_JOINS, VISIBLE } from './postgres-post-reader.js';
import { compilePostgresQuery } from './postgres-query-compiler.js';

/** Errors that mean "two writers met": the whole batch is retried, which is safe because it is idempotent. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 6;
/** Runs that write at least this many posts refresh the planner's statistics when they finish. */
const ANALYZE_AFTER_POSTS = 5000;

export interface PostgresStoreSettings {
  schema: string;
}

export class PostgresStore implements Store {
  readonly capabilities = { fullTextSearch: true } as const;
  readonly jobs: PostgresJobQueue;
  readonly auth: PostgresAuthStore;
  readonly audit: PostgresAuditLog;
  readonly savedQueries: PostgresSavedQueries;
  readonly hcp: HcpStore;
  readonly analytics: PostgresAnalytics;
  readonly enrichment: PostgresEnrichmentStore;
  readonly influence: PostgresInfluenceStore;
  private readonly partitions: PostgresPartitions;
  private readonly accountIds = new AccountIdCache();

  constructor(private readonly pool: PgPool, readonly settings: PostgresStoreSettings) {
    this.partitions = new PostgresPartitions(pool);
    this.jobs = new PostgresJobQueue(pool);
    this.auth = new PostgresAuthStore(pool);
    this.audit = new PostgresAuditLog(pool);
    this.savedQueries = new PostgresSavedQueries(pool);
    this.hcp = postgresHcpStore(pool);
    this.analytics = new PostgresAnalytics(pool);
    this.enrichment = new PostgresEnrichmentStore(pool);
    this.influence = new PostgresInfluenceStore(pool);
  }

  migrate(): Promise<MigrationResult[]> {
    return migratePostgres(this.pool);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async startRun(paths: string[]): Promise<number> {
    const r = await this.pool.query<{ id: number }>(`INSERT INTO ingest_runs (started_at, status, paths, counts)
      VALUES ($1, 'running', $2, '{}') RETURNING id`, [Date.now(), JSON.stringify(paths)]);
    return r.rows[0]!.id;
  }

  async finishRun(runId: number, status: 'done' | 'failed', counts: IngestCounts): Promise<void> {
    await this.pool.query('UPDATE ingest_runs SET finished_at = $1, status = $2, counts = $3 WHERE id = $4',
      [Date.now(), status, JSON.stringify(counts), runId]);
    // @NOTE autovacuum never analyzes a partitioned parent, and a bulk load leaves the planner
    // guessing (measured on 200,000 posts: searches 5–400× slower until statistics exist). A large run refreshes them.
    if (counts.postsInserted + counts.postsUpdated >= ANALYZE_AFTER_POSTS) {
      await this.pool.query('ANALYZE posts, post_keys, accounts, interactions, tombstones');
    }
  }

  async getCheckpoint(fileKey: string): Promise<FileCheckpoint | undefined> {
    const r = await this.pool.query<{ file_key: string; path: string; format: string; records_done: number; complete: boolean }>(
      'SELECT file_key, path, format, records_done, complete FROM ingest_checkpoints WHERE file_key = $1', [fileKey]);
    const row = r.rows[0];
    return row && { fileKey: row.file_key, path: row.path, format: row.format, recordsDone: row.records_done, complete: row.complete };
  }

  async writeBatch(batch: IngestBatch): Promise<Partial<IngestCounts>> {
    let plan: ReturnType<typeof planBatch> | undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        plan ??= planBatch(batch.events);
        await this.partitions.ensure(PostgresBatchWriter.postTimes(plan));
        return await this.writeOnce(plan, batch);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== undefined && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50 * attempt));
          continue;
        }
        throw new StoreWriteError('could not write a batch; nothing of it was stored', { cause: error });
      }
    }
  }

  private async writeOnce(plan: ReturnType<typeof planBatch>, batch: IngestBatch): Promise<Partial<IngestCounts>> {
    const conn = await this.pool.connect();
    let broken = false;
    try {
      await conn.query(`BEGIN; ${STAGING_TABLES}`);
      const counts: Counts = {};
      const cache = this.accountIds.session();
      const writer = new PostgresBatchWriter(conn, cache);
      await writer.apply(plan, batch.runId, counts);
      const now = Date.now();
      await writer.writeQuarantine(batch.runId, batch.quarantine, now, counts);
      if (batch.checkpoint) await writer.writeCheckpoint(batch.checkpoint, now);
      await conn.query('COMMIT');
      cache.commit();
      return counts;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      conn.release(broken);
    }
  }

  async search(query: QueryNode, options: SearchOptions = {}): Promise<PostView[]> {
    const { where, params } = this.where(query, options);
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    const n = params.length;
    if (options.order === 'engagement') {
      const r = await this.pool.query<PostRow>(`SELECT ${POST_COLUMNS} FROM posts p ${POST_JOINS} WHERE ${where}
        ORDER BY ${ENGAGEMENT} DESC, p.created_at DESC, p.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset]);
      return r.rows.map(toPostView);
    }
    // Page through keys first, join the rest for that page only.
    const r = await this.pool.query<PostRow>(`SELECT ${POST_COLUMNS}
      FROM (SELECT p.created_at, p.id FROM posts p WHERE ${where}
            ORDER BY p.created_at DESC, p.id DESC LIMIT $${n + 1} OFFSET $${n + 2}) page
      JOIN posts p ON p.created_at = page.created_at AND p.id = page.id ${POST_JOINS}
      ORDER BY page.created_at DESC, page.id DESC`, [...params, limit, offset]);
    return r.rows.map(toPostView);
  }

  async countMatches(query: QueryNode, options: SearchOptions = {}): Promise<number> {
    const { where, params } = this.where(query, options);
    const r = await this.pool.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM posts p WHERE ${where}`, params);
    return r.rows[0]!.n;
  }

  async getPost(platform: string, nativeId: string): Promise<PostView | undefined> {
    const r = await this.pool.query<PostRow>(`SELECT ${POST_COLUMNS} FROM post_keys pk
      JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id ${POST_JOINS}
      WHERE pk.platform = $1 AND pk.native_id = $2 AND ${VISIBLE}`, [platform, nativeId]);
    return r.rows[0] && toPostView(r.rows[0]);
  }

  async getPostVersions(platform: string, nativeId: string): Promise<PostVersion[]> {
    const r = await this.pool.query<{ text: string; title: string | null; version_at: number; current: boolean }>(`
      WITH k AS (SELECT id, created_at FROM post_keys WHERE platform = $1 AND native_id = $2)
      SELECT p.text, p.title, p.version_at, true AS current FROM posts p JOIN k ON p.created_at = k.created_at AND p.id = k.id
      UNION ALL SELECT v.text, v.title, v.version_at, false FROM post_versions v JOIN k ON v.post_id = k.id
      ORDER BY version_at DESC`, [platform, nativeId]);
    return r.rows.map((row) => ({
      text: row.text, versionAt: new Date(row.version_at).toISOString(), current: row.current,
      ...(row.title !== null ? { title: row.title } : {}),
    }));
  }

  async getAccount(platform: string, idOrHandle: string): Promise<AccountView | undefined> {
    const r = await this.pool.query<Record<string, unknown>>(`SELECT a.*, (SELECT count(*) FROM posts p WHERE p.author_id = a.id)::bigint AS n_posts
      FROM accounts a WHERE a.platform = $1 AND (a.native_id = $2 OR lower(a.handle) = lower($3))
      ORDER BY (a.native_id = $2) DESC, a.id LIMIT 1`, [platform, idOrHandle, idOrHandle.replace(/^@/, '')]);
    const row = r.rows[0];
    return row && toAccountView(row);
  }

  async isTombstoned(platform: string, nativeId: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM tombstones WHERE platform = $1 AND native_id = $2', [platform, nativeId]);
    return (r.rowCount ?? 0) > 0;
  }

  async stats(): Promise<StoreStats> {
    const r = await this.pool.query<{ posts: number; accounts: number; interactions: number; quarantined: number;
      tombstones: number; first: number | null; last: number | null }>(`SELECT
        (SELECT count(*) FROM posts)::bigint AS posts, (SELECT count(*) FROM accounts)::bigint AS accounts,
        (SELECT count(*) FROM interactions)::bigint AS interactions, (SELECT count(*) FROM quarantine)::bigint AS quarantined,
        (SELECT count(*) FROM tombstones)::bigint AS tombstones,
        (SELECT min(created_at) FROM posts) AS first, (SELECT max(created_at) FROM posts) AS last`);
    const byPlatform = await this.pool.query<{ platform: string; n: number }>(
      'SELECT platform, count(*)::bigint AS n FROM posts GROUP BY platform ORDER BY n DESC, platform');
    const row = r.rows[0]!;
    const stats: StoreStats = {
      posts: row.posts, accounts: row.accounts, interactions: row.interactions, quarantined: row.quarantined,
      tombstones: row.tombstones, platforms: Object.fromEntries(byPlatform.rows.map((p) => [p.platform, p.n])),
    };
    if (row.first !== null) stats.firstPostAt = new Date(row.first).toISOString();
    if (row.last !== null) stats.lastPostAt = new Date(row.last).toISOString();
    return stats;
  }

  async topHashtags(limit: number): Promise<RankedHashtag[]> {
    const r = await this.pool.query<RankedHashtag>(`SELECT h.tag, count(*)::bigint AS posts
      FROM posts p CROSS JOIN LATERAL jsonb_array_elements_text(p.hashtags) AS h(tag)
      GROUP BY h.tag ORDER BY posts DESC, h.tag COLLATE "C" LIMIT $1`, [limit]);
    return r.rows;
  }

  async topAccounts(limit: number): Promise<RankedAccount[]> {
    // @NOTE an edge that names only a post is credited to that post's author, resolved here.
    const r = await this.pool.query<{ platform: string; handle: string; display_name: string | null; interactions: number; posts: number }>(`
      SELECT a.platform, a.handle, a.display_name, t.n AS interactions,
        (SELECT count(*) FROM posts p WHERE p.author_id = a.id)::bigint AS posts
      FROM (SELECT target, count(*)::bigint AS n FROM (
              SELECT i.from_account_id AS source, CASE
                WHEN i.to_account_id IS NOT NULL THEN i.to_account_id
                WHEN i.kind IN ('reply', 'quote', 'repost', 'like') THEN
                  (SELECT p.author_id FROM post_keys pk JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id
                    WHERE pk.platform = i.platform AND pk.native_id = i.post_native_id)
              END AS target
              FROM interactions i) e
            WHERE target IS NOT NULL AND target <> source
            GROUP BY target ORDER BY n DESC LIMIT $1) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active'
      ORDER BY t.n DESC, a.handle COLLATE "C"`, [limit]);
    return r.rows.map((row) => ({
      platform: row.platform, handle: row.handle, interactions: row.interactions, posts: row.posts,
      ...(row.display_name !== null ? { displayName: row.display_name } : {}),
    }));
  }

  async listQuarantine(options: { limit?: number; runId?: number } = {}): Promise<QuarantineView[]> {
    const r = await this.pool.query<Record<string, unknown>>(`SELECT * FROM quarantine
      WHERE ($1::bigint IS NULL OR run_id = $1) ORDER BY id LIMIT $2`, [options.runId ?? null, options.limit ?? 100]);
    return r.rows.map((row) => ({
      runId: row.run_id as number, file: row.file as string, line: row.line as number, item: row.item as number,
      reason: row.reason as string, raw: row.raw as string, at: new Date(row.at as number).toISOString(),
      ...(row.field !== null ? { field: row.field as string } : {}),
    }));
  }

  async listRuns(limit = 20): Promise<RunView[]> {
    const r = await this.pool.query<Record<string, unknown>>('SELECT * FROM ingest_runs ORDER BY id DESC LIMIT $1', [limit]);
    return r.rows.map((row) => ({
      id: row.id as number, startedAt: new Date(row.started_at as number).toISOString(), status: row.status as RunView['status'],
      paths: row.paths as string[], counts: row.counts as IngestCounts,
      ...(row.finished_at !== null ? { finishedAt: new Date(row.finished_at as number).toISOString() } : {}),
    }));
  }

  /** The pool, for adapter-level tests and tools (canonical dumps); not part of the port. */
  get database(): PgPool {
    return this.pool;
  }

  private where(query: QueryNode, options: SearchOptions): { where: string; params: unknown[] } {
    const compiled = compilePostgresQuery(query);
    const clauses = [`(${compiled.where})`, VISIBLE];
    const params = [...compiled.params];
    if (options.from !== undefined) { params.push(options.from); clauses.push(`p.created_at >= $${params.length}`); }
    if (options.to !== undefined) { params.push(options.to); clauses.push(`p.created_at < $${params.length}`); }
    return { where: clauses.join(' AND '), params };
  }
}
