/**
 * A canonical dump of everything an ingest stores, by natural keys (never row ids or run
 * ids), so two databases can be compared row for row after different histories.
 */
import Database from 'better-sqlite3';

const QUERIES = {
  accounts: `SELECT platform, native_id, handle, display_name, bio, location, url, followers, following, posts_count,
    created_at, snapshot_at, status, status_at FROM accounts ORDER BY platform, native_id`,
  posts: `SELECT p.platform, p.native_id, a.native_id AS author, p.text, p.title, p.lang, p.created_at, p.version_at, p.url,
    p.reply_to_id, p.root_id, p.quote_of_id, p.hashtags, p.mentions, p.links, p.has_media, p.likes, p.reposts, p.replies,
    p.quotes, p.views, p.score, p.visibility, p.rating, p.extra, p.content_hash
    FROM posts p JOIN accounts a ON a.id = p.author_id ORDER BY p.platform, p.native_id`,
  versions: `SELECT p.platform, p.native_id, v.content_hash, v.text, v.title, v.version_at FROM post_versions v
    JOIN posts p ON p.id = v.post_id ORDER BY 1, 2, 3`,
  counters: 'SELECT * FROM post_counters ORDER BY platform, native_id',
  tombstones: 'SELECT * FROM tombstones ORDER BY platform, native_id',
  interactions: `SELECT i.platform, i.kind, i.key, f.native_id AS from_id, t.native_id AS to_id, i.to_handle, i.post_native_id, i.at
    FROM interactions i JOIN accounts f ON f.id = i.from_account_id LEFT JOIN accounts t ON t.id = i.to_account_id
    ORDER BY 1, 2, 3`,
  quarantine: 'SELECT file_key, line, item, field, reason, raw FROM quarantine ORDER BY file_key, line, item',
  checkpoints: 'SELECT file_key, format, records_done, complete FROM ingest_checkpoints ORDER BY file_key',
  fts: `SELECT count(*) AS n FROM posts_fts`,
} as const;

export type DatabaseDump = { [K in keyof typeof QUERIES]: unknown[] };

export function dumpDatabase(path: string): DatabaseDump {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(QUERIES).map(([name, sql]) => [name, db.prepare(sql).all()])) as DatabaseDump;
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
