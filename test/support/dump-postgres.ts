/** The canonical dump (canonical-dump.ts) of a PostgreSQL store: the same rows SQLite's dump gives. */
import type { PgPool } from '../../src/store/postgres/postgres-database.js';
import { type CanonicalDump, normaliseRows } from './canonical-dump.js';

const QUERIES: Record<keyof CanonicalDump, string> = {
  accounts: `SELECT platform, native_id, handle, display_name, bio, location, url, followers, following, posts_count,
    created_at, snapshot_at, status, status_at FROM accounts ORDER BY platform COLLATE "C", native_id COLLATE "C"`,
  posts: `SELECT p.platform, p.native_id, a.native_id AS author, p.text, p.title, p.lang, p.created_at, p.version_at, p.url,
    p.reply_to_id, p.root_id, p.quote_of_id, p.hashtags, p.mentions, p.links, p.has_media, p.likes, p.reposts, p.replies,
    p.quotes, p.views, p.score, p.visibility, p.rating, p.extra, p.content_hash
    FROM posts p JOIN accounts a ON a.id = p.author_id ORDER BY p.platform COLLATE "C", p.native_id COLLATE "C"`,
  versions: `SELECT p.platform, p.native_id, v.content_hash, v.text, v.title, v.version_at FROM post_versions v
    JOIN posts p ON p.id = v.post_id ORDER BY p.platform COLLATE "C", p.native_id COLLATE "C", v.content_hash COLLATE "C"`,
  counters: `SELECT platform, native_id, likes, reposts, quotes, replies FROM post_counters
    WHERE likes + reposts + quotes + replies > 0 ORDER BY platform COLLATE "C", native_id COLLATE "C"`,
  tombstones: 'SELECT platform, native_id, deleted_at, reason FROM tombstones ORDER BY platform COLLATE "C", native_id COLLATE "C"',
  interactions: `SELECT i.platform, i.kind, i.key, f.native_id AS from_id, t.native_id AS to_id, i.to_handle, i.post_native_id, i.at
    FROM interactions i JOIN accounts f ON f.id = i.from_account_id LEFT JOIN accounts t ON t.id = i.to_account_id
    ORDER BY i.platform COLLATE "C", i.kind COLLATE "C", i.key COLLATE "C"`,
  quarantine: 'SELECT file_key, line, item, field, reason, raw FROM quarantine ORDER BY file_key COLLATE "C", line, item',
  checkpoints: 'SELECT file_key, format, records_done, complete FROM ingest_checkpoints ORDER BY file_key COLLATE "C"',
};

export async function dumpPostgres(pool: PgPool): Promise<CanonicalDump> {
  const dump: Partial<CanonicalDump> = {};
  for (const [name, sql] of Object.entries(QUERIES) as Array<[keyof CanonicalDump, string]>) {
    dump[name] = normaliseRows((await pool.query(sql)).rows);
  }
  return dump as CanonicalDump;
}
