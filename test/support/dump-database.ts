/**
 * A canonical dump of everything an ingest stores in an SQLite database, by natural keys
 * (see canonical-dump.ts), so two databases can be compared row for row after different histories.
 */
import Database from 'better-sqlite3';
import type { SqliteDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { type CanonicalDump, normaliseRows } from './canonical-dump.js';

const QUERIES: Record<keyof CanonicalDump, string> = {
  accounts: `SELECT platform, native_id, handle, display_name, bio, location, url, followers, following, posts_count,
    created_at, snapshot_at, status, status_at FROM accounts ORDER BY platform, native_id`,
  posts: `SELECT p.platform, p.native_id, a.native_id AS author, p.text, p.title, p.lang, p.created_at, p.version_at, p.url,
    p.reply_to_id, p.root_id, p.quote_of_id, p.hashtags, p.mentions, p.links, p.has_media, p.likes, p.reposts, p.replies,
    p.quotes, p.views, p.score, p.visibility, p.rating, p.extra, p.content_hash
    FROM posts p JOIN accounts a ON a.id = p.author_id ORDER BY p.platform, p.native_id`,
  versions: `SELECT p.platform, p.native_id, v.content_hash, v.text, v.title, v.version_at FROM post_versions v
    JOIN posts p ON p.id = v.post_id ORDER BY 1, 2, 3`,
  counters: `SELECT platform, native_id, likes, reposts, quotes, replies FROM post_counters
    WHERE likes + reposts + quotes + replies > 0 ORDER BY platform, native_id`,
  tombstones: 'SELECT platform, native_id, deleted_at, reason FROM tombstones ORDER BY platform, native_id',
  interactions: `SELECT i.platform, i.kind, i.key, f.native_id AS from_id, t.native_id AS to_id, i.to_handle, i.post_native_id, i.at
    FROM interactions i JOIN accounts f ON f.id = i.from_account_id LEFT JOIN accounts t ON t.id = i.to_account_id
    ORDER BY 1, 2, 3`,
  quarantine: 'SELECT file_key, line, item, field, reason, raw FROM quarantine ORDER BY file_key, line, item',
  checkpoints: 'SELECT file_key, format, records_done, complete FROM ingest_checkpoints ORDER BY file_key',
};

export function dumpSqlite(db: Pick<SqliteDatabase, 'prepare'>): CanonicalDump & { fts: number } {
  const dump = Object.fromEntries(Object.entries(QUERIES)
    .map(([name, sql]) => [name, normaliseRows(db.prepare(sql).all())])) as unknown as CanonicalDump;
  const fts = (db.prepare('SELECT count(*) AS n FROM posts_fts').get() as { n: number }).n;
  return { ...dump, fts };
}

export type DatabaseDump = ReturnType<typeof dumpSqlite>;

export function dumpDatabase(path: string): DatabaseDump {
  const db = new Database(path, { readonly: true });
  try {
    return dumpSqlite(db as unknown as SqliteDatabase);
  } finally {
    db.close();
  }
}

export function integrityCheck(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
