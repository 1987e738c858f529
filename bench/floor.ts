/**
 * The floor the ingest benchmark is compared with, measured on the same file in the same
 * run: (1) read + split + JSON.parse every line; (2) insert the same rows with plain
 * prepared INSERTs in one transaction: into our own schema (the same tables, indexes and
 * full-text index the product writes), and, for reference, into a bare posts table.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations/index.js';

export async function floorReadParse(path: string): Promise<{ records: number; seconds: number }> {
  const started = process.hrtime.bigint();
  let records = 0;
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (end > start) { JSON.parse(text.slice(start, end)); records++; }
      start = end + 1;
    }
    rest = text.slice(start);
  }
  return { records, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function floorSqliteInserts(
  dbPath: string, rows: Iterable<{ platform: string; id: string; author: string; text: string; createdAt: number; tags: string[] }>,
): { rows: number; seconds: number } {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE posts (id INTEGER PRIMARY KEY, platform TEXT, native_id TEXT, author TEXT, text TEXT, created_at INTEGER,
    UNIQUE (platform, native_id));
    CREATE VIRTUAL TABLE posts_fts USING fts5(body, hashtags, content='', contentless_delete=1)`);
  const insert = db.prepare('INSERT INTO posts (platform, native_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO posts_fts (rowid, body, hashtags) VALUES (?, ?, ?)');
  const started = process.hrtime.bigint();
  let n = 0;
  const load = db.transaction(() => {
    for (const r of rows) {
      const { lastInsertRowid } = insert.run(r.platform, r.id, r.author, r.text, r.createdAt);
      fts.run(lastInsertRowid, r.text, r.tags.join(' '));
      n++;
    }
  });
  load();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return { rows: n, seconds };
}

type FloorRow = { platform: string; id: string; author: string; text: string; createdAt: number; tags: string[] };

/** The same rows into the product's schema: accounts, posts and posts_fts, no upsert logic. */
export function floorSchemaInserts(dbPath: string, rows: Iterable<FloorRow>): { rows: number; seconds: number } {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const m of SQLITE_MIGRATIONS) db.exec(m.up);
  // @NOTE not INSERT … RETURNING: interleaved with FTS5 inserts it costs ~45 µs a call (measured), which would flatter us.
  const account = db.prepare('INSERT INTO accounts (platform, native_id, handle, snapshot_at) VALUES (?, ?, ?, 0)');
  const post = db.prepare(`INSERT INTO posts (platform, native_id, author_id, text, lang, created_at, version_at, hashtags, mentions,
    links, visibility, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, '[]', '[]', 'public', ?)`);
  const fts = db.prepare('INSERT INTO posts_fts (rowid, body, hashtags, mentions) VALUES (?, ?, ?, \'\')');
  const authors = new Map<string, number>();
  const started = process.hrtime.bigint();
  let n = 0;
  db.transaction(() => {
    for (const r of rows) {
      const key = `${r.platform}\u0000${r.author}`;
      let authorId = authors.get(key);
      if (authorId === undefined) {
        authorId = Number(account.run(r.platform, r.author, r.author).lastInsertRowid);
        authors.set(key, authorId);
      }
      const hash = createHash('sha1').update(r.text).digest('base64url');
      const { lastInsertRowid } = post.run(r.platform, r.id, authorId, r.text, r.createdAt, r.createdAt, JSON.stringify(r.tags), hash);
      fts.run(lastInsertRowid, r.text, r.tags.join(' '));
      n++;
    }
  })();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return { rows: n, seconds };
}
