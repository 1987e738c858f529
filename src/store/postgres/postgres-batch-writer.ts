/**
 * Applies a batch to PostgreSQL inside the caller's transaction, kind by kind and set-wise:
 * accounts, status changes, deletions, posts (COPY into a staging table, then a few
 * statements), edges (COPY, then one insert), quarantine and the checkpoint.
 *
 * The order of the kinds makes the result the one the store rules define whatever the order
 * of events inside the batch: deletions are known before any post or edge they suppress.
 *
 * @NOTE safe with several writers at once: new posts are claimed through post_keys'
 * primary key (ON CONFLICT), existing ones are locked (FOR UPDATE) before they are compared,
 * authors are locked FOR KEY SHARE so that an account deletion waits for posts being written,
 * and every multi-row write goes in key order to keep deadlocks rare (the store retries them).
 */
import type { IngestCounts } from '../../domain/ingest-run.js';
import type { Interaction } from '../../domain/interaction.js';
import { isNewerVersion } from '../content-hash.js';
import type { FileCheckpoint, QuarantineInput } from '../store.js';
import { ACCOUNT_DELETED } from '../tombstone-reasons.js';
import type { AccountCacheSession } from './postgres-account-cache.js';
import type { AccountKey, BatchPlan, DeletePlan, PostCopy, PostPlan } from './postgres-batch-plan.js';
import { type CopyValue, copyChunks, withoutNul } from './postgres-copy.js';
import type { PgConnection } from './postgres-database.js';
import { buildTsvector } from './postgres-tsvector.js';

export type Counts = Partial<Record<keyof IngestCounts, number>>;
interface AccountRow { id: number; platform: string; native_id: string; status: string; status_at: number }

export const STAGING_TABLES = `
CREATE TEMP TABLE IF NOT EXISTS stage_posts (
  platform text, native_id text, author_id bigint, text text, title text, lang text, created_at bigint, version_at bigint,
  url text, reply_to_id text, root_id text, quote_of_id text, hashtags jsonb, mentions jsonb, links jsonb, has_media smallint,
  likes bigint, reposts bigint, replies bigint, quotes bigint, views bigint, score bigint, visibility text,
  rating double precision, extra jsonb, content_hash text, tsv tsvector, ingest_run_id bigint
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_edges (
  platform text, kind text, key text, from_account_id bigint, to_account_id bigint, to_handle text,
  post_native_id text, at bigint
) ON COMMIT DELETE ROWS;`;

const STAGE_POST_COLUMNS = `platform, native_id, author_id, text, title, lang, created_at, version_at, url, reply_to_id, root_id,
  quote_of_id, hashtags, mentions, links, has_media, likes, reposts, replies, quotes, views, score, visibility, rating, extra,
  content_hash, tsv, ingest_run_id`;

const PROFILE_COLUMNS = ['display_name', 'bio', 'location', 'url', 'followers', 'following', 'posts_count', 'created_at'];

/** The same merge as SQLite's (sqlite-batch-writer.ts): newer replaces, older fills gaps, snapshot_at is the newest. */
const ACCOUNT_MERGE = [
  'handle = CASE WHEN excluded.snapshot_at > accounts.snapshot_at THEN excluded.handle ELSE accounts.handle END',
  ...PROFILE_COLUMNS.map((f) => `${f} = CASE WHEN excluded.snapshot_at > accounts.snapshot_at
    THEN coalesce(excluded.${f}, accounts.${f}) ELSE coalesce(accounts.${f}, excluded.${f}) END`),
  'snapshot_at = greatest(accounts.snapshot_at, excluded.snapshot_at)',
].join(',\n');
/** Whether a snapshot (`incoming`) changes a stored account (`stored`): fills an empty field, or is newer and different. */
function snapshotChanges(incoming: string, stored: string): string {
  const fillsGap = PROFILE_COLUMNS.map((f) => `(${stored}.${f} IS NULL AND ${incoming}.${f} IS NOT NULL)`).join(' OR ');
  const differs = [`${stored}.snapshot_at = 0`, `${incoming}.handle IS DISTINCT FROM ${stored}.handle`,
    ...PROFILE_COLUMNS.map((f) => `coalesce(${incoming}.${f}, ${stored}.${f}) IS DISTINCT FROM ${stored}.${f}`)].join(' OR ');
  return `((${incoming}.snapshot_at > ${stored}.snapshot_at AND (${differs})) OR ${fillsGap})`;
}

/** Keeps the tombstone that outranks (postgres-batch-plan.ts `outranks`); reasons compare bytewise as in SQLite and JS. */
const TOMBSTONE_UPSERT = `ON CONFLICT (platform, native_id) DO UPDATE SET deleted_at = excluded.deleted_at, reason = excluded.reason
  WHERE (excluded.reason = '${ACCOUNT_DELETED}', excluded.deleted_at, excluded.reason COLLATE "C")
    < (tombstones.reason = '${ACCOUNT_DELETED}', tombstones.deleted_at, tombstones.reason COLLATE "C")`;

const k = (platform: string, id: string) => `${platform}\u0000${id}`;

export class PostgresBatchWriter {
  /** Accounts read in this transaction, with their state: authors, and accounts changing state. */
  private readonly accounts = new Map<string, AccountRow>();

  constructor(private readonly conn: PgConnection, private readonly cache: AccountCacheSession) {}

  /** Post times in a batch, so the caller can create their partitions before the transaction starts. */
  static postTimes(plan: BatchPlan): number[] {
    return plan.posts.map((p) => p.winner.post.createdAt);
  }

  async apply(plan: BatchPlan, runId: number, counts: Counts): Promise<void> {
    await this.writeAccounts(plan, counts);
    await this.loadAccounts(plan);
    const deleted = new Set<string>();
    for (const status of plan.statuses) await this.applyStatus(status, counts, deleted);
    await this.deletePosts(plan.deletes, counts, 'deletions', deleted);
    await this.deleteEdges(plan.edgeDeletes);
    await this.writePosts(plan.posts, runId, counts, deleted);
    await this.writeEdges(plan.edges, counts, deleted);
  }

  async writeQuarantine(runId: number, records: QuarantineInput[], now: number, counts: Counts): Promise<void> {
    if (records.length === 0) return;
    const r = await this.conn.query(`INSERT INTO quarantine (run_id, file_key, file, line, item, field, reason, raw, at)
      SELECT $1, * , $9 FROM unnest($2::text[], $3::text[], $4::bigint[], $5::int[], $6::text[], $7::text[], $8::text[])
      ON CONFLICT DO NOTHING`, [runId, records.map((q) => q.fileKey), records.map((q) => withoutNul(q.file)),
      records.map((q) => q.line), records.map((q) => q.item), records.map((q) => (q.field === undefined ? null : withoutNul(q.field))),
      records.map((q) => withoutNul(q.reason)), records.map((q) => withoutNul(q.raw)), now]);
    add(counts, 'quarantined', r.rowCount ?? 0);
  }

  async writeCheckpoint(c: FileCheckpoint, now: number): Promise<void> {
    await this.conn.query(`INSERT INTO ingest_checkpoints (file_key, path, format, records_done, complete, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (file_key) DO UPDATE SET path = excluded.path, format = excluded.format,
        records_done = excluded.records_done, complete = excluded.complete, updated_at = excluded.updated_at`,
    [c.fileKey, withoutNul(c.path), c.format, c.recordsDone, c.complete, now]);
  }

  private async writeAccounts(plan: BatchPlan, counts: Counts): Promise<void> {
    const changed: Array<{ id: number; platform: string; handle: string }> = [];
    if (plan.snapshots.length > 0) {
      const rows = [...plan.snapshots].sort((a, b) => compareKeys(a, b));
      const r = await this.conn.query<{ id: number; platform: string; handle: string }>(`INSERT INTO accounts AS accounts
          (platform, native_id, handle, display_name, bio, location, url, followers, following, posts_count, created_at, snapshot_at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
          $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])
          AS s(platform, native_id, handle, display_name, bio, location, url, followers, following, posts_count, created_at, snapshot_at)
        -- Rows that would not change are left out before the upsert, which would lock them (other writers would wait).
        WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.platform = s.platform AND a.native_id = s.native_id
          AND NOT ${snapshotChanges('s', 'a')})
        ON CONFLICT (platform, native_id) DO UPDATE SET ${ACCOUNT_MERGE}
        WHERE ${snapshotChanges('excluded', 'accounts')}
        RETURNING id, platform, handle`, [
        rows.map((a) => a.platform), rows.map((a) => a.nativeId), rows.map((a) => a.handle),
        rows.map((a) => a.displayName ?? null), rows.map((a) => a.bio ?? null), rows.map((a) => a.location ?? null),
        rows.map((a) => a.url ?? null), rows.map((a) => a.followersCount ?? null), rows.map((a) => a.followingCount ?? null),
        rows.map((a) => a.postsCount ?? null), rows.map((a) => a.createdAt ?? null), rows.map((a) => a.snapshotAt),
      ]);
      add(counts, 'accounts', r.rowCount ?? 0);
      changed.push(...r.rows);
      await this.conn.query(`UPDATE accounts a SET snapshot_at = v.t FROM unnest($1::text[], $2::text[], $3::bigint[]) AS v(p, n, t)
        WHERE a.platform = v.p AND a.native_id = v.n AND a.snapshot_at < v.t`,
      [rows.map((a) => a.platform), rows.map((a) => a.nativeId), rows.map((a) => a.snapshotAt)]);
    }
    const unknown = plan.stubs.filter((stub) => {
      const known = this.cache.get(k(stub.platform, stub.nativeId));
      return !known || (!known.named && stub.handle !== stub.nativeId);
    });
    if (unknown.length > 0) {
      const rows = unknown.sort((a, b) => compareKeys(a, b));
      // A stub learns its handle once; a stub that did is a target for mentions that came first.
      const r = await this.conn.query<{ id: number; platform: string; handle: string }>(`INSERT INTO accounts AS accounts
          (platform, native_id, handle, snapshot_at)
        SELECT p, n, h, 0 FROM unnest($1::text[], $2::text[], $3::text[]) AS s(p, n, h)
        WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.platform = s.p AND a.native_id = s.n
          AND NOT (a.snapshot_at = 0 AND a.handle = a.native_id AND s.h <> s.n))
        ON CONFLICT (platform, native_id) DO UPDATE SET handle = excluded.handle
        WHERE accounts.snapshot_at = 0 AND accounts.handle = accounts.native_id AND excluded.handle <> excluded.native_id
        RETURNING id, platform, handle, native_id`, [rows.map((s) => s.platform), rows.map((s) => s.nativeId), rows.map((s) => s.handle)]);
      changed.push(...r.rows.filter((row) => row.handle !== (row as unknown as { native_id: string }).native_id));
    }
    if (changed.length > 0) {
      await this.conn.query(`UPDATE interactions i SET to_account_id = c.id
        FROM unnest($1::bigint[], $2::text[], $3::text[]) AS c(id, platform, handle)
        WHERE i.to_account_id IS NULL AND i.to_handle IS NOT NULL AND i.platform = c.platform AND lower(i.to_handle) = lower(c.handle)`,
      [changed.map((c) => c.id), changed.map((c) => c.platform), changed.map((c) => c.handle)]);
    }
  }

  /**
   * Ids of every account the batch names (from the cache when known), and the state of the
   * posts' authors and of accounts changing state, locked against deletion until commit: an
   * account deletion (applyStatus, FOR UPDATE) waits for posts being written by others.
   */
  private async loadAccounts(plan: BatchPlan): Promise<void> {
    const keys = new Map<string, AccountKey>();
    for (const p of plan.posts) keys.set(k(p.winner.post.platform, p.winner.post.authorId), { platform: p.winner.post.platform, nativeId: p.winner.post.authorId });
    for (const s of plan.statuses) keys.set(k(s.platform, s.accountId), { platform: s.platform, nativeId: s.accountId });
    for (const s of [...plan.stubs, ...plan.snapshots]) {
      const key = k(s.platform, s.nativeId);
      if (!keys.has(key) && !this.cache.get(key)) keys.set(key, s);
    }
    if (keys.size === 0) return;
    const list = [...keys.values()];
    const r = await this.conn.query<AccountRow & { handle: string }>(`SELECT a.id, a.platform, a.native_id, a.status, a.status_at, a.handle
      FROM accounts a JOIN unnest($1::text[], $2::text[]) AS w(platform, native_id) ON a.platform = w.platform AND a.native_id = w.native_id
      ORDER BY a.id FOR KEY SHARE OF a`, [list.map((a) => a.platform), list.map((a) => a.nativeId)]);
    for (const row of r.rows) {
      const key = k(row.platform, row.native_id);
      this.accounts.set(key, row);
      this.cache.learn(key, row.id, row.handle !== row.native_id);
    }
  }

  /** An account's row: its state when loaded in this transaction, else just its id (from the cache). */
  private account(platform: string, nativeId: string): AccountRow {
    const key = k(platform, nativeId);
    const row = this.accounts.get(key);
    if (row) return row;
    const cached = this.cache.get(key);
    if (!cached) throw new Error(`account ${platform}/${nativeId} was not written before its use`);
    return { id: cached.id, platform, native_id: nativeId, status: 'active', status_at: 0 };
  }

  private async applyStatus(s: BatchPlan['statuses'][number], counts: Counts, deleted: Set<string>): Promise<void> {
    const known = this.account(s.platform, s.accountId);
    // FOR UPDATE waits for other writers that hold this author FOR KEY SHARE (posts being written).
    await this.conn.query('SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE', [known.id]);
    const r = await this.conn.query<{ status: string; status_at: number }>(`UPDATE accounts SET status = $2,
        status_at = CASE WHEN status = 'deleted' THEN least(status_at, $3) ELSE $3 END
      WHERE id = $1 AND CASE WHEN status = 'deleted' THEN $2 = 'deleted' ELSE (status_at <= $3 OR $2 = 'deleted') END
      RETURNING status, status_at`, [known.id, s.status, s.at]);
    const row = r.rows[0];
    if (row) Object.assign(known, row);
    // Deletion is final and always applies (a deleted account keeps its earliest deletion time).
    if (s.status !== 'deleted') return;
    const posts = await this.conn.query<{ native_id: string }>('SELECT native_id FROM posts WHERE author_id = $1', [known.id]);
    await this.deletePosts(posts.rows.map((p) => ({ platform: s.platform, nativeId: p.native_id, at: known.status_at,
      reason: ACCOUNT_DELETED })), counts, 'deletions', deleted);
  }

  /** Tombstones, then removes each post's content everywhere, and the edges it authored with their counts. */
  private async deletePosts(list: DeletePlan[], counts: Counts, count: keyof IngestCounts, deleted: Set<string>): Promise<void> {
    if (list.length === 0) return;
    const rows = [...list].sort((a, b) => compareKeys(a, b));
    const platforms = rows.map((d) => d.platform);
    const ids = rows.map((d) => d.nativeId);
    const t = await this.conn.query(`INSERT INTO tombstones (platform, native_id, deleted_at, reason)
      SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) ${TOMBSTONE_UPSERT}`,
    [platforms, ids, rows.map((d) => d.at), rows.map((d) => d.reason)]);
    add(counts, count, t.rowCount ?? 0);
    for (const d of rows) deleted.add(k(d.platform, d.nativeId));
    await this.conn.query(`WITH d AS (SELECT * FROM unnest($1::text[], $2::text[]) AS d(platform, native_id)),
      gone AS (DELETE FROM post_keys pk USING d WHERE pk.platform = d.platform AND pk.native_id = d.native_id
        RETURNING pk.id, pk.created_at),
      posts_gone AS (DELETE FROM posts p USING gone WHERE p.created_at = gone.created_at AND p.id = gone.id RETURNING p.id),
      versions_gone AS (DELETE FROM post_versions v USING gone WHERE v.post_id = gone.id RETURNING 1),
      enrichment_gone AS (DELETE FROM post_enrichment x USING gone WHERE x.post_id = gone.id RETURNING 1),
      entities_gone AS (DELETE FROM post_entities x USING gone WHERE x.post_id = gone.id RETURNING 1),
      areas_gone AS (DELETE FROM post_areas x USING gone WHERE x.post_id = gone.id RETURNING 1),
      edges AS (DELETE FROM interactions i USING d WHERE i.platform = d.platform AND (
          (i.kind IN ('reply', 'quote') AND i.key = d.native_id)
          OR (i.kind = 'mention' AND i.post_native_id = d.native_id AND starts_with(i.key, d.native_id || ':')))
        RETURNING i.platform, i.kind, i.post_native_id)
      ${LOWER_COUNTERS_FROM_EDGES}`, [platforms, ids]);
  }

  private async deleteEdges(list: BatchPlan['edgeDeletes']): Promise<void> {
    if (list.length === 0) return;
    const rows = [...list].sort((a, b) => compareKeys({ platform: a.platform, nativeId: a.key }, { platform: b.platform, nativeId: b.key }));
    await this.conn.query(`INSERT INTO tombstones (platform, native_id, deleted_at, reason)
      SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) ${TOMBSTONE_UPSERT}`,
    [rows.map((e) => e.platform), rows.map((e) => e.key), rows.map((e) => e.at), rows.map((e) => `${e.kind} deleted at source`)]);
    await this.conn.query(`WITH edges AS (DELETE FROM interactions i
        USING unnest($1::text[], $2::text[], $3::text[]) AS d(platform, kind, key)
        WHERE i.platform = d.platform AND i.kind = d.kind AND i.key = d.key
        RETURNING i.platform, i.kind, i.post_native_id)
      ${LOWER_COUNTERS_FROM_EDGES}`, [rows.map((e) => e.platform), rows.map((e) => e.kind), rows.map((e) => e.key)]);
  }

  private async writePosts(plans: PostPlan[], runId: number, counts: Counts, deleted: Set<string>): Promise<void> {
    const live: PostPlan[] = [];
    const byDeletedAuthor: DeletePlan[] = [];
    for (const plan of plans) {
      const post = plan.winner.post;
      if (deleted.has(k(post.platform, post.nativeId))) {
        add(counts, 'postsSuppressed', 1);
        continue;
      }
      const author = this.account(post.platform, post.authorId);
      if (author.status === 'deleted') {
        byDeletedAuthor.push({ platform: post.platform, nativeId: post.nativeId, at: author.status_at, reason: ACCOUNT_DELETED });
      } else {
        live.push(plan);
      }
    }
    // Whichever arrives first, a deleted account's posts end up deleted (R4.1), with the same tombstone.
    await this.deletePosts(byDeletedAuthor, counts, 'postsSuppressed', deleted);
    if (live.length === 0) return;
    live.sort((a, b) => compareKeys(
      { platform: a.winner.post.platform, nativeId: a.winner.post.nativeId },
      { platform: b.winner.post.platform, nativeId: b.winner.post.nativeId }));
    await this.conn.copyFrom(`COPY stage_posts (${STAGE_POST_COLUMNS}) FROM STDIN (FORMAT csv)`,
      copyChunks(live.map((plan) => this.stageRow(plan, runId))));

    // Insert first: new posts are the common case, and post_keys' primary key tells which were not new.
    const inserted = await this.conn.query<{ platform: string; native_id: string; id: number }>(`WITH fresh AS (
        INSERT INTO post_keys (platform, native_id, created_at)
        SELECT s.platform, s.native_id, s.created_at FROM stage_posts s
        WHERE NOT EXISTS (SELECT 1 FROM tombstones t WHERE t.platform = s.platform AND t.native_id = s.native_id)
        ORDER BY s.platform, s.native_id
        ON CONFLICT DO NOTHING
        RETURNING platform, native_id, id)
      INSERT INTO posts (id, ${STAGE_POST_COLUMNS})
      SELECT f.id, s.* FROM stage_posts s JOIN fresh f ON f.platform = s.platform AND f.native_id = s.native_id
      RETURNING platform, native_id, id`);
    add(counts, 'postsInserted', inserted.rowCount ?? 0);
    const ids = new Map<string, number>();
    for (const row of inserted.rows) ids.set(k(row.platform, row.native_id), row.id);
    // The others exist already (or are tombstoned): lock them, then compare versions.
    const notNew = live.filter((p) => !ids.has(keyOf(p)));
    const existing = notNew.length > 0 ? await this.lockExisting(notNew) : new Map();
    add(counts, 'postsSuppressed', notNew.filter((p) => !existing.has(keyOf(p))).length);

    const versions: Array<{ id: number; copy: PostCopy }> = [];
    const raiseVersionAt: Array<{ id: number; createdAt: number; versionAt: number }> = [];
    const replace: Array<{ id: number; createdAt: number; plan: PostPlan }> = [];
    const metrics: Array<{ id: number; createdAt: number; plan: PostPlan }> = [];
    for (const plan of live) {
      add(counts, 'postsUnchanged', plan.copies - 1);
      const key = keyOf(plan);
      const newId = ids.get(key);
      const current = existing.get(key);
      if (newId !== undefined) {
        for (const other of plan.others.values()) versions.push({ id: newId, copy: other });
        // Counted as SQLite counts copies arriving oldest first: each later text an edit.
        add(counts, 'postsUpdated', plan.others.size);
        add(counts, 'postsUnchanged', -plan.others.size);
        continue;
      }
      if (!current) continue;
      metrics.push({ id: current.id, createdAt: current.created_at, plan });
      const { winner } = plan;
      // @NOTE the same decisions as SQLite's writer, for the whole set of copies at once.
      let served = { hash: current.content_hash, versionAt: current.version_at };
      if (winner.hash === current.content_hash) {
        if (winner.versionAt > current.version_at) raiseVersionAt.push({ id: current.id, createdAt: current.created_at, versionAt: winner.versionAt });
        add(counts, 'postsUnchanged', 1);
      } else if (isNewerVersion(winner, served)) {
        replace.push({ id: current.id, createdAt: current.created_at, plan });
        served = { hash: winner.hash, versionAt: winner.versionAt };
        add(counts, 'postsUpdated', 1);
      } else {
        versions.push({ id: current.id, copy: winner });
        add(counts, 'postsUnchanged', 1);
      }
      for (const other of plan.others.values()) if (other.hash !== served.hash) versions.push({ id: current.id, copy: other });
    }
    await this.raiseMetrics(metrics);
    await this.raiseVersionAt(raiseVersionAt);
    await this.replacePosts(replace);
    await this.keepVersions(versions);
  }

  /** The stored rows of these posts, locked until commit. */
  private async lockExisting(plans: PostPlan[]): Promise<Map<string, { id: number; created_at: number; content_hash: string; version_at: number }>> {
    const r = await this.conn.query<{ platform: string; native_id: string; id: number; created_at: number; content_hash: string; version_at: number }>(
      `SELECT p.platform, p.native_id, p.id, p.created_at, p.content_hash, p.version_at
      FROM unnest($1::text[], $2::text[]) AS w(platform, native_id)
        JOIN post_keys pk ON pk.platform = w.platform AND pk.native_id = w.native_id
        JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id
      ORDER BY p.id FOR UPDATE OF p`,
    [plans.map((p) => p.winner.post.platform), plans.map((p) => p.winner.post.nativeId)]);
    return new Map(r.rows.map((row) => [k(row.platform, row.native_id), row]));
  }


  private async raiseMetrics(rows: Array<{ id: number; createdAt: number; plan: PostPlan }>): Promise<void> {
    const withMetrics = rows.filter((r) => Object.values(r.plan.metrics).some((v) => v !== undefined));
    if (withMetrics.length === 0) return;
    const m = (name: keyof PostPlan['metrics']) => withMetrics.map((r) => r.plan.metrics[name] ?? null);
    await this.conn.query(`UPDATE posts p SET likes = greatest(p.likes, v.likes), reposts = greatest(p.reposts, v.reposts),
        replies = greatest(p.replies, v.replies), quotes = greatest(p.quotes, v.quotes), views = greatest(p.views, v.views),
        score = greatest(p.score, v.score)
      FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[])
        AS v(created_at, id, likes, reposts, replies, quotes, views, score)
      WHERE p.created_at = v.created_at AND p.id = v.id`,
    [withMetrics.map((r) => r.createdAt), withMetrics.map((r) => r.id), m('likes'), m('reposts'), m('replies'), m('quotes'),
      m('views'), m('score')]);
  }

  private async raiseVersionAt(rows: Array<{ id: number; createdAt: number; versionAt: number }>): Promise<void> {
    if (rows.length === 0) return;
    await this.conn.query(`UPDATE posts p SET version_at = v.version_at
      FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS v(created_at, id, version_at)
      WHERE p.created_at = v.created_at AND p.id = v.id`,
    [rows.map((r) => r.createdAt), rows.map((r) => r.id), rows.map((r) => r.versionAt)]);
  }

  /** A newer version wins: the served text moves to post_versions and the row takes the new one. */
  private async replacePosts(rows: Array<{ id: number; createdAt: number; plan: PostPlan }>): Promise<void> {
    if (rows.length === 0) return;
    const params = [rows.map((r) => r.createdAt), rows.map((r) => r.id), rows.map((r) => r.plan.winner.hash)];
    await this.conn.query(`WITH v AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS v(created_at, id, new_hash)),
      moved AS (INSERT INTO post_versions (post_id, content_hash, text, title, version_at)
        SELECT p.id, p.content_hash, p.text, p.title, p.version_at FROM posts p JOIN v ON p.created_at = v.created_at AND p.id = v.id
        ON CONFLICT (post_id, content_hash) DO UPDATE SET version_at = greatest(post_versions.version_at, excluded.version_at)
        RETURNING 1)
      DELETE FROM post_versions pv USING v WHERE pv.post_id = v.id AND pv.content_hash = v.new_hash`, params);
    // The new text is analysed again (R4.4).
    await this.conn.query(`WITH e AS (DELETE FROM post_enrichment WHERE post_id = ANY($1::bigint[]) RETURNING 1),
      n AS (DELETE FROM post_entities WHERE post_id = ANY($1::bigint[]) RETURNING 1)
      DELETE FROM post_areas WHERE post_id = ANY($1::bigint[])`, [params[1]]);
    await this.conn.query(`UPDATE posts p SET author_id = s.author_id, text = s.text, title = s.title, lang = s.lang,
        version_at = s.version_at, url = coalesce(s.url, p.url), reply_to_id = s.reply_to_id, root_id = s.root_id,
        quote_of_id = s.quote_of_id, hashtags = s.hashtags, mentions = s.mentions, links = s.links, has_media = s.has_media,
        visibility = s.visibility, rating = s.rating, extra = s.extra, content_hash = s.content_hash, tsv = s.tsv
      FROM unnest($1::bigint[], $2::bigint[]) AS v(created_at, id), stage_posts s
      WHERE p.created_at = v.created_at AND p.id = v.id AND s.platform = p.platform AND s.native_id = p.native_id`,
    params.slice(0, 2));
  }

  private async keepVersions(rows: Array<{ id: number; copy: PostCopy }>): Promise<void> {
    if (rows.length === 0) return;
    rows.sort((a, b) => a.id - b.id || (a.copy.hash < b.copy.hash ? -1 : a.copy.hash > b.copy.hash ? 1 : 0));
    await this.conn.query(`INSERT INTO post_versions (post_id, content_hash, text, title, version_at)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[])
      ON CONFLICT (post_id, content_hash) DO UPDATE SET version_at = greatest(post_versions.version_at, excluded.version_at)`,
    [rows.map((r) => r.id), rows.map((r) => r.copy.hash), rows.map((r) => r.copy.post.text),
      rows.map((r) => r.copy.post.title ?? null), rows.map((r) => r.copy.versionAt)]);
  }

  private async writeEdges(edges: Interaction[], counts: Counts, deleted: Set<string>): Promise<void> {
    const rows: CopyValue[][] = [];
    for (const e of edges) {
      const source = e.kind === 'mention' && e.postId !== undefined ? e.postId : e.key;
      if (deleted.has(k(e.platform, source))) continue;
      rows.push([e.platform, e.kind, e.key, this.account(e.platform, e.fromAccountId).id,
        e.toAccountId ? this.account(e.platform, e.toAccountId).id : null, e.toHandle ?? null, e.postId ?? null, e.at]);
    }
    if (rows.length === 0) return;
    rows.sort((a, b) => compareStrings(`${a[0]}\u0000${a[1]}\u0000${a[2]}`, `${b[0]}\u0000${b[1]}\u0000${b[2]}`));
    await this.conn.copyFrom('COPY stage_edges (platform, kind, key, from_account_id, to_account_id, to_handle, post_native_id, at) FROM STDIN (FORMAT csv)',
      copyChunks(rows));
    // The edge's source (edgeSourceId in interaction-source.ts) may be tombstoned; mentions
    // by handle resolve to an account now when it is known, or later when it arrives.
    const r = await this.conn.query<{ inserted: number }>(`WITH ins AS (
        INSERT INTO interactions (platform, kind, key, from_account_id, to_account_id, to_handle, post_native_id, at)
        SELECT s.platform, s.kind, s.key, s.from_account_id,
          coalesce(s.to_account_id, CASE WHEN s.to_handle IS NOT NULL THEN (SELECT a.id FROM accounts a
            WHERE a.platform = s.platform AND lower(a.handle) = lower(s.to_handle) ORDER BY a.id LIMIT 1) END),
          s.to_handle, s.post_native_id, s.at
        FROM stage_edges s
        WHERE NOT EXISTS (SELECT 1 FROM tombstones t WHERE t.platform = s.platform AND t.native_id =
          CASE WHEN s.kind = 'mention' AND s.post_native_id IS NOT NULL THEN s.post_native_id ELSE s.key END)
        ORDER BY s.platform, s.kind, s.key
        ON CONFLICT DO NOTHING
        RETURNING platform, kind, post_native_id),
      raised AS (INSERT INTO post_counters AS c (platform, native_id, likes, reposts, quotes, replies)
        SELECT platform, post_native_id, count(*) FILTER (WHERE kind = 'like'), count(*) FILTER (WHERE kind = 'repost'),
          count(*) FILTER (WHERE kind = 'quote'), count(*) FILTER (WHERE kind = 'reply')
        FROM ins WHERE post_native_id IS NOT NULL AND kind IN ('like', 'repost', 'quote', 'reply')
        GROUP BY platform, post_native_id ORDER BY platform, post_native_id
        ON CONFLICT (platform, native_id) DO UPDATE SET likes = c.likes + excluded.likes, reposts = c.reposts + excluded.reposts,
          quotes = c.quotes + excluded.quotes, replies = c.replies + excluded.replies
        RETURNING 1)
      SELECT (SELECT count(*) FROM ins)::int AS inserted`);
    add(counts, 'interactions', r.rows[0]?.inserted ?? 0);
  }

  private stageRow(plan: PostPlan, runId: number): CopyValue[] {
    const { post, hash, versionAt } = plan.winner;
    const author = this.account(post.platform, post.authorId);
    const m = plan.metrics;
    const body = post.title ? `${post.title}\n${post.text}` : post.text;
    return [
      post.platform, post.nativeId, author.id, post.text, post.title ?? null, post.lang?.toLowerCase() ?? null, post.createdAt,
      versionAt, post.url ?? null, post.replyToId ?? null, post.rootId ?? null, post.quoteOfId ?? null,
      JSON.stringify(post.hashtags), JSON.stringify(post.mentions), JSON.stringify(post.links), post.hasMedia ? 1 : 0,
      m.likes ?? null, m.reposts ?? null, m.replies ?? null, m.quotes ?? null, m.views ?? null, m.score ?? null,
      post.visibility, post.rating ?? null, post.extra ? JSON.stringify(post.extra) : null, hash,
      buildTsvector(body, post.hashtags, post.mentions), runId,
    ];
  }
}

/** Takes back the counts raised by edges that a deletion removed (the `edges` CTE of the caller). */
const LOWER_COUNTERS_FROM_EDGES = `, lowered AS (
    SELECT platform, post_native_id, count(*) FILTER (WHERE kind = 'like') AS likes,
      count(*) FILTER (WHERE kind = 'repost') AS reposts, count(*) FILTER (WHERE kind = 'quote') AS quotes,
      count(*) FILTER (WHERE kind = 'reply') AS replies
    FROM edges WHERE post_native_id IS NOT NULL AND kind IN ('like', 'repost', 'quote', 'reply')
    GROUP BY platform, post_native_id)
  UPDATE post_counters c SET likes = greatest(c.likes - l.likes, 0), reposts = greatest(c.reposts - l.reposts, 0),
    quotes = greatest(c.quotes - l.quotes, 0), replies = greatest(c.replies - l.replies, 0)
  FROM lowered l WHERE c.platform = l.platform AND c.native_id = l.post_native_id`;

function keyOf(plan: PostPlan): string {
  return k(plan.winner.post.platform, plan.winner.post.nativeId);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: AccountKey, b: AccountKey): number {
  return compareStrings(a.platform, b.platform) || compareStrings(a.nativeId, b.nativeId);
}

function add(counts: Counts, key: keyof IngestCounts, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}
