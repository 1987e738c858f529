/**
 * Applies ingest events to SQLite. Owns the idempotency rules of the store port:
 * - posts upsert by (platform, native id); the same content again changes nothing;
 * - an edit replaces the served text and keeps the earlier version; an older copy never wins;
 * - a delete removes the content and leaves a tombstone that later copies cannot get past;
 * - an interaction counts once by its key, and only then raises the subject's counter.
 *
 * @NOTE every method runs inside the caller's transaction; the account-id cache is only
 * trusted after commit (see SqliteStore.writeBatch, which clears it on rollback).
 */
import type { Account } from '../../domain/account.js';
import type { Interaction } from '../../domain/interaction.js';
import type { IngestCounts } from '../../domain/ingest-run.js';
import type { Post } from '../../domain/post.js';
import type {
  AccountStatusEvent, DeleteEvent, IngestEvent, InteractionDeleteEvent,
} from '../../ingest/events.js';
import { isNewerVersion, postContentHash } from '../content-hash.js';
import { edgeSourceId } from '../interaction-source.js';
import { ACCOUNT_DELETED } from '../tombstone-reasons.js';
import type { FileCheckpoint, QuarantineInput } from '../store.js';
import type { SqliteDatabase, SqliteStatement } from './sqlite-database.js';

type Counts = Partial<Record<keyof IngestCounts, number>>;
const COUNTER_COLUMN: Partial<Record<Interaction['kind'], string>> = {
  repost: 'reposts', like: 'likes', quote: 'quotes', reply: 'replies',
};
const MAX_CACHED_ACCOUNTS = 200_000;

/** Profile fields a snapshot may or may not carry (a Bluesky identity event has only the handle). */
const ACCOUNT_FIELDS = ['display_name', 'bio', 'location', 'url', 'followers', 'following', 'posts_count', 'created_at'];

/**
 * How a snapshot merges into the stored account, so that the result does not depend on the
 * order snapshots arrive in: a newer one replaces every field it carries; an older one only
 * fills fields still empty; snapshot_at is the newest time seen.
 */
const ACCOUNT_MERGE = [
  'handle = CASE WHEN excluded.snapshot_at > accounts.snapshot_at THEN excluded.handle ELSE accounts.handle END',
  ...ACCOUNT_FIELDS.map((f) => `${f} = CASE WHEN excluded.snapshot_at > accounts.snapshot_at
    THEN coalesce(excluded.${f}, accounts.${f}) ELSE coalesce(accounts.${f}, excluded.${f}) END`),
  'snapshot_at = max(accounts.snapshot_at, excluded.snapshot_at)',
].join(',\n');
const ACCOUNT_FILLS_GAP = `(${ACCOUNT_FIELDS.map((f) => `(accounts.${f} IS NULL AND excluded.${f} IS NOT NULL)`).join(' OR ')})`;
/** A newer snapshot that changes what we show; a newer identical one only moves snapshot_at (touchAccount), uncounted. */
const ACCOUNT_NEWER_AND_DIFFERENT = `(excluded.snapshot_at > accounts.snapshot_at AND (accounts.snapshot_at = 0
  OR excluded.handle IS NOT accounts.handle
  OR ${ACCOUNT_FIELDS.map((f) => `coalesce(excluded.${f}, accounts.${f}) IS NOT accounts.${f}`).join('\n  OR ')}))`;

interface CurrentPost { id: number; content_hash: string; version_at: number; text: string; title: string | null }

export class SqliteBatchWriter {
  /** Account row ids by platform + native id; `named` once a real handle is stored. */
  private readonly accountIds = new Map<string, { id: number; named: boolean }>();
  /** No tombstone exists yet: skip the per-post lookup (most stores, most of the time). */
  private noTombstones: boolean;
  /** No account is deleted: skip the author check on every post. */
  private noDeletedAccounts: boolean;
  private readonly s: Record<string, SqliteStatement>;

  constructor(private readonly db: SqliteDatabase) {
    const p = (sql: string) => db.prepare(sql);
    this.noTombstones = db.prepare('SELECT 1 FROM tombstones LIMIT 1').get() === undefined;
    this.noDeletedAccounts = db.prepare(`SELECT 1 FROM accounts WHERE status = 'deleted' LIMIT 1`).get() === undefined;
    this.s = {
      upsertAccount: p(`INSERT INTO accounts (platform, native_id, handle, display_name, bio, location, url,
          followers, following, posts_count, created_at, snapshot_at)
        VALUES (@platform, @nativeId, @handle, @displayName, @bio, @location, @url,
          @followers, @following, @postsCount, @createdAt, @snapshotAt)
        ON CONFLICT (platform, native_id) DO UPDATE SET ${ACCOUNT_MERGE}
        WHERE ${ACCOUNT_NEWER_AND_DIFFERENT} OR ${ACCOUNT_FILLS_GAP}`),
      touchAccount: p('UPDATE accounts SET snapshot_at = ? WHERE platform = ? AND native_id = ? AND snapshot_at < ?'),
      insertStub: p(`INSERT INTO accounts (platform, native_id, handle, snapshot_at) VALUES (?, ?, ?, 0)
        ON CONFLICT (platform, native_id) DO UPDATE SET handle = excluded.handle
        WHERE accounts.snapshot_at = 0 AND accounts.handle = accounts.native_id AND excluded.handle <> excluded.native_id`),
      accountId: p('SELECT id FROM accounts WHERE platform = ? AND native_id = ?'),
      resolveHandles: p(`UPDATE interactions SET to_account_id = ?
        WHERE platform = ? AND to_account_id IS NULL AND to_handle = ? COLLATE NOCASE`),
      // @NOTE deletion is final and wins whatever its time; other states follow the latest event.
      setStatus: p(`UPDATE accounts SET status = @status,
          status_at = CASE WHEN status = 'deleted' THEN min(status_at, @at) ELSE @at END
        WHERE platform = @platform AND native_id = @accountId
          AND CASE WHEN status = 'deleted' THEN @status = 'deleted' ELSE (status_at <= @at OR @status = 'deleted') END`),
      statusAt: p('SELECT status_at FROM accounts WHERE platform = ? AND native_id = ?'),
      authorDeleted: p(`SELECT status_at FROM accounts WHERE id = ? AND status = 'deleted'`),
      authorPosts: p(`SELECT p.native_id FROM posts p JOIN accounts a ON a.id = p.author_id WHERE a.platform = ? AND a.native_id = ?`),
      isTombstoned: p('SELECT 1 FROM tombstones WHERE platform = ? AND native_id = ?'),
      // Whichever arrives first, the tombstone kept is the post's own deletion before its
      // account's, then the earliest.
      tombstone: p(`INSERT INTO tombstones (platform, native_id, deleted_at, reason) VALUES (?, ?, ?, ?)
        ON CONFLICT DO UPDATE SET deleted_at = excluded.deleted_at, reason = excluded.reason
        WHERE (excluded.reason = '${ACCOUNT_DELETED}', excluded.deleted_at, excluded.reason)
          < (tombstones.reason = '${ACCOUNT_DELETED}', tombstones.deleted_at, tombstones.reason)`),
      currentPost: p('SELECT id, content_hash, version_at, text, title FROM posts WHERE platform = ? AND native_id = ?'),
      insertPost: p(`INSERT INTO posts (platform, native_id, author_id, text, title, lang, created_at, version_at, url,
          reply_to_id, root_id, quote_of_id, hashtags, mentions, links, has_media, likes, reposts, replies, quotes,
          views, score, visibility, rating, extra, content_hash, ingest_run_id)
        VALUES (@platform, @nativeId, @authorId, @text, @title, @lang, @createdAt, @versionAt, @url,
          @replyToId, @rootId, @quoteOfId, @hashtags, @mentions, @links, @hasMedia, @likes, @reposts, @replies, @quotes,
          @views, @score, @visibility, @rating, @extra, @hash, @runId)
        ON CONFLICT (platform, native_id) DO NOTHING`),
      replacePost: p(`UPDATE posts SET author_id = @authorId, text = @text, title = @title, lang = @lang,
          version_at = @versionAt, url = coalesce(@url, url), reply_to_id = @replyToId, root_id = @rootId,
          quote_of_id = @quoteOfId, hashtags = @hashtags, mentions = @mentions, links = @links, has_media = @hasMedia,
          visibility = @visibility, rating = @rating, extra = @extra, content_hash = @hash
        WHERE id = @id`),
      raiseMetrics: p(`UPDATE posts SET
          likes = max(coalesce(likes, @likes), coalesce(@likes, likes)),
          reposts = max(coalesce(reposts, @reposts), coalesce(@reposts, reposts)),
          replies = max(coalesce(replies, @replies), coalesce(@replies, replies)),
          quotes = max(coalesce(quotes, @quotes), coalesce(@quotes, quotes)),
          views = max(coalesce(views, @views), coalesce(@views, views)),
          score = max(coalesce(score, @score), coalesce(@score, score))
        WHERE id = @id`),
      keepVersion: p(`INSERT INTO post_versions (post_id, content_hash, text, title, version_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT DO UPDATE SET version_at = max(version_at, excluded.version_at)`),
      forgetVersion: p('DELETE FROM post_versions WHERE post_id = ? AND content_hash = ?'),
      raiseVersionAt: p('UPDATE posts SET version_at = ? WHERE id = ?'),
      ftsInsert: p('INSERT INTO posts_fts (rowid, body, hashtags, mentions) VALUES (?, ?, ?, ?)'),
      ftsDelete: p('DELETE FROM posts_fts WHERE rowid = ?'),
      deletePost: p('DELETE FROM posts WHERE id = ?'),
      clearEnrichment: p('DELETE FROM post_enrichment WHERE post_id = ?'),
      clearEntities: p('DELETE FROM post_entities WHERE post_id = ?'),
      clearAreas: p('DELETE FROM post_areas WHERE post_id = ?'),
      deleteVersions: p('DELETE FROM post_versions WHERE post_id = ?'),
      deleteOwnEdges: p(`DELETE FROM interactions WHERE platform = ? AND
          ((kind IN ('reply', 'quote') AND key = ?) OR (kind = 'mention' AND key >= ? AND key < ?))
        RETURNING kind, post_native_id`),
      insertInteraction: p(`INSERT INTO interactions (platform, kind, key, from_account_id, to_account_id, to_handle,
          post_native_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
      deleteInteraction: p(`DELETE FROM interactions WHERE platform = ? AND kind = ? AND key = ? RETURNING post_native_id`),
      accountByHandle: p('SELECT id FROM accounts WHERE platform = ? AND handle = ? COLLATE NOCASE LIMIT 1'),
      checkpoint: p(`INSERT INTO ingest_checkpoints (file_key, path, format, records_done, complete, updated_at)
        VALUES (@fileKey, @path, @format, @recordsDone, @complete, @now)
        ON CONFLICT (file_key) DO UPDATE SET path = excluded.path, format = excluded.format,
          records_done = excluded.records_done, complete = excluded.complete, updated_at = excluded.updated_at`),
      quarantine: p(`INSERT INTO quarantine (run_id, file_key, file, line, item, field, reason, raw, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
    };
    for (const column of new Set(Object.values(COUNTER_COLUMN))) {
      this.s[`raise:${column}`] = p(`INSERT INTO post_counters (platform, native_id, ${column}) VALUES (?, ?, 1)
        ON CONFLICT DO UPDATE SET ${column} = ${column} + 1`);
      this.s[`lower:${column}`] = p(`UPDATE post_counters SET ${column} = max(${column} - 1, 0)
        WHERE platform = ? AND native_id = ?`);
    }
  }

  /** Forget cached ids: after a rollback they may name rows that no longer exist. */
  forgetCache(): void {
    this.accountIds.clear();
    this.noTombstones = this.db.prepare('SELECT 1 FROM tombstones LIMIT 1').get() === undefined;
    this.noDeletedAccounts = this.db.prepare(`SELECT 1 FROM accounts WHERE status = 'deleted' LIMIT 1`).get() === undefined;
  }

  apply(event: IngestEvent, runId: number, counts: Counts): void {
    switch (event.kind) {
      case 'account': return this.applyAccount(event.account, counts);
      case 'post': return this.applyPost(event.post, runId, counts);
      case 'delete': return this.applyDelete(event, counts);
      case 'interaction': return this.applyInteraction(event.interaction, counts);
      case 'interaction-delete': return this.applyInteractionDelete(event);
      case 'account-status': return this.applyAccountStatus(event, counts);
    }
  }

  writeQuarantine(runId: number, records: QuarantineInput[], now: number, counts: Counts): void {
    for (const q of records) {
      const r = this.run('quarantine', runId, q.fileKey, q.file, q.line, q.item, q.field ?? null, q.reason, q.raw, now);
      add(counts, 'quarantined', r.changes);
    }
  }

  writeCheckpoint(checkpoint: FileCheckpoint, now: number): void {
    this.run('checkpoint', { ...checkpoint, complete: checkpoint.complete ? 1 : 0, now });
  }

  private applyAccount(account: Account, counts: Counts): void {
    const r = this.run('upsertAccount', {
      platform: account.platform, nativeId: account.nativeId, handle: account.handle,
      displayName: account.displayName ?? null, bio: account.bio ?? null, location: account.location ?? null,
      url: account.url ?? null, followers: account.followersCount ?? null, following: account.followingCount ?? null,
      postsCount: account.postsCount ?? null, createdAt: account.createdAt ?? null, snapshotAt: account.snapshotAt,
    });
    const key = `${account.platform}\u0000${account.nativeId}`;
    const id = this.accountIds.get(key)?.id ?? this.remember(key, account.platform, account.nativeId, true);
    this.accountIds.set(key, { id, named: true });
    if (r.changes > 0) {
      add(counts, 'accounts', 1);
      this.run('resolveHandles', id, account.platform, account.handle);
    } else {
      this.run('touchAccount', account.snapshotAt, account.platform, account.nativeId, account.snapshotAt);
    }
    if (account.status) {
      this.applyAccountStatus({ kind: 'account-status', platform: account.platform, accountId: account.nativeId,
        status: account.status, at: account.snapshotAt }, counts);
    }
  }

  private applyPost(post: Post, runId: number, counts: Counts): void {
    // The author is known even when the post itself stays deleted: the same accounts whatever the order.
    const authorId = this.ensureAccount(post.platform, post.authorId, post.authorHandle);
    const deletedAuthor = this.noDeletedAccounts ? undefined : this.get('authorDeleted', authorId) as { status_at: number } | undefined;
    if (deletedAuthor) {
      // Whichever arrives first, a deleted account's posts end up deleted (R4.1), with the same tombstone.
      return this.applyDelete({ kind: 'delete', platform: post.platform, nativeId: post.nativeId, at: deletedAuthor.status_at,
        reason: ACCOUNT_DELETED }, counts, 'postsSuppressed');
    }
    if (this.tombstoned(post.platform, post.nativeId)) return add(counts, 'postsSuppressed', 1);
    const hash = postContentHash(post);
    const versionAt = post.editedAt ?? post.createdAt;
    const row = this.rowFor(post, authorId, hash, versionAt, runId);
    // Insert first: new posts are the common case, and the unique key tells us if it was not new.
    const inserted = this.run('insertPost', row);
    if (inserted.changes === 1) {
      this.indexPost(Number(inserted.lastInsertRowid), post);
      return add(counts, 'postsInserted', 1);
    }
    const current = this.get('currentPost', post.platform, post.nativeId) as CurrentPost;
    this.run('raiseMetrics', { ...metricParams(post), id: current.id });
    // @NOTE the served version is the copy with the greatest (time, hash); every other text is
    // kept with the latest time it was seen. Both are the same whatever order copies arrive in.
    if (current.content_hash === hash) {
      if (versionAt > current.version_at) this.run('raiseVersionAt', versionAt, current.id);
      return add(counts, 'postsUnchanged', 1);
    }
    if (!isNewerVersion({ versionAt, hash }, { versionAt: current.version_at, hash: current.content_hash })) {
      this.run('keepVersion', current.id, hash, post.text, post.title ?? null, versionAt);
      return add(counts, 'postsUnchanged', 1);
    }
    this.run('keepVersion', current.id, current.content_hash, current.text, current.title, current.version_at);
    this.run('forgetVersion', current.id, hash);
    this.run('replacePost', { ...row, id: current.id });
    this.forgetEnrichment(current.id); // the new text is analysed again (R4.4)
    this.run('ftsDelete', current.id);
    this.indexPost(current.id, post);
    add(counts, 'postsUpdated', 1);
  }

  private applyDelete(event: DeleteEvent, counts: Counts, count: keyof IngestCounts = 'deletions'): void {
    const r = this.run('tombstone', event.platform, event.nativeId, event.at, event.reason);
    this.noTombstones = false;
    add(counts, count, r.changes);
    this.erasePost(event.platform, event.nativeId);
  }

  /**
   * Removes a post's content everywhere it is kept: row, versions, index, and the edges it
   * authored, whose counts are taken back (as if the edge had never arrived).
   */
  private erasePost(platform: string, nativeId: string): void {
    const current = this.get('currentPost', platform, nativeId) as CurrentPost | undefined;
    if (current) {
      this.run('ftsDelete', current.id);
      this.run('deleteVersions', current.id);
      this.forgetEnrichment(current.id);
      this.run('deletePost', current.id);
    }
    const edges = this.s.deleteOwnEdges!.all(platform, nativeId, `${nativeId}:`, `${nativeId};`) as
      Array<{ kind: Interaction['kind']; post_native_id: string | null }>;
    for (const edge of edges) {
      const column = COUNTER_COLUMN[edge.kind];
      if (column && edge.post_native_id) this.run(`lower:${column}`, platform, edge.post_native_id);
    }
  }

  private forgetEnrichment(postId: number): void {
    this.run('clearEnrichment', postId);
    this.run('clearEntities', postId);
    this.run('clearAreas', postId);
  }

  private applyInteraction(interaction: Interaction, counts: Counts): void {
    const from = this.ensureAccount(interaction.platform, interaction.fromAccountId);
    if (interaction.toAccountId) this.ensureAccount(interaction.platform, interaction.toAccountId);
    if (this.tombstoned(interaction.platform, edgeSourceId(interaction))) return;
    // @NOTE an edge that names only a post stays without a target here; reads resolve it to the
    // post's author, so the result does not depend on whether the post arrived first.
    const to = interaction.toAccountId
      ? this.ensureAccount(interaction.platform, interaction.toAccountId)
      : interaction.toHandle
        ? (this.get('accountByHandle', interaction.platform, interaction.toHandle) as { id: number } | undefined)?.id
        : undefined;
    const r = this.run('insertInteraction', interaction.platform, interaction.kind, interaction.key, from, to ?? null,
      interaction.toHandle ?? null, interaction.postId ?? null, interaction.at);
    if (r.changes === 0) return;
    add(counts, 'interactions', 1);
    const column = COUNTER_COLUMN[interaction.kind];
    if (column && interaction.postId) this.run(`raise:${column}`, interaction.platform, interaction.postId);
  }

  private applyInteractionDelete(event: InteractionDeleteEvent): void {
    this.run('tombstone', event.platform, event.key, event.at ?? 0, `${event.interactionKind} deleted at source`);
    this.noTombstones = false;
    const removed = this.get('deleteInteraction', event.platform, event.interactionKind, event.key) as
      { post_native_id: string | null } | undefined;
    const column = COUNTER_COLUMN[event.interactionKind];
    if (removed?.post_native_id && column) this.run(`lower:${column}`, event.platform, removed.post_native_id);
  }

  private applyAccountStatus(event: AccountStatusEvent, counts: Counts): void {
    this.ensureAccount(event.platform, event.accountId);
    this.run('setStatus', { status: event.status, at: event.at, platform: event.platform, accountId: event.accountId });
    if (event.status !== 'deleted') return;
    this.noDeletedAccounts = false;
    // A deleted account takes its posts with it (R4.1); tombstones keep them from coming back.
    const { status_at: at } = this.get('statusAt', event.platform, event.accountId) as { status_at: number };
    const posts = this.s.authorPosts!.all(event.platform, event.accountId) as Array<{ native_id: string }>;
    for (const { native_id } of posts) {
      this.applyDelete({ kind: 'delete', platform: event.platform, nativeId: native_id, at, reason: ACCOUNT_DELETED }, counts);
    }
  }

  private tombstoned(platform: string, nativeId: string): boolean {
    return !this.noTombstones && this.get('isTombstoned', platform, nativeId) !== undefined;
  }

  /** The account's row id, creating a stub when we have not seen the account yet. */
  private ensureAccount(platform: string, nativeId: string, handle?: string): number {
    const key = `${platform}\u0000${nativeId}`;
    const cached = this.accountIds.get(key);
    const named = handle !== undefined && handle !== nativeId;
    if (cached && (cached.named || !named)) return cached.id;
    const r = this.run('insertStub', platform, nativeId, handle ?? nativeId);
    const id = this.remember(key, platform, nativeId, named || (cached?.named ?? false));
    // A stub that learns its handle can be the target of mentions that arrived before it.
    if (r.changes > 0 && named) this.run('resolveHandles', id, platform, handle);
    return id;
  }

  private remember(key: string, platform: string, nativeId: string, named: boolean): number {
    const row = this.get('accountId', platform, nativeId) as { id: number };
    if (this.accountIds.size >= MAX_CACHED_ACCOUNTS) this.accountIds.clear();
    this.accountIds.set(key, { id: row.id, named });
    return row.id;
  }

  private indexPost(rowid: number, post: Post): void {
    const body = post.title ? `${post.title}\n${post.text}` : post.text;
    this.run('ftsInsert', rowid, body, post.hashtags.join(' '), post.mentions.join(' '));
  }

  private rowFor(post: Post, authorId: number, hash: string, versionAt: number, runId: number) {
    return {
      platform: post.platform, nativeId: post.nativeId, authorId, text: post.text, title: post.title ?? null,
      lang: post.lang?.toLowerCase() ?? null, createdAt: post.createdAt, versionAt, url: post.url ?? null,
      replyToId: post.replyToId ?? null, rootId: post.rootId ?? null, quoteOfId: post.quoteOfId ?? null,
      hashtags: JSON.stringify(post.hashtags), mentions: JSON.stringify(post.mentions),
      links: JSON.stringify(post.links), hasMedia: post.hasMedia ? 1 : 0, ...metricParams(post),
      visibility: post.visibility, rating: post.rating ?? null,
      extra: post.extra ? JSON.stringify(post.extra) : null, hash, runId,
    };
  }

  private run(name: string, ...params: unknown[]) {
    return this.s[name]!.run(...params);
  }

  private get(name: string, ...params: unknown[]): unknown {
    return this.s[name]!.get(...params);
  }
}

function metricParams(post: Post) {
  const m = post.metrics;
  return {
    likes: m.likes ?? null, reposts: m.reposts ?? null, replies: m.replies ?? null,
    quotes: m.quotes ?? null, views: m.views ?? null, score: m.score ?? null,
  };
}

function add(counts: Counts, key: keyof IngestCounts, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}
