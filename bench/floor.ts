/**
 * The floor the ingest benchmark is compared with, measured on the same file in the same
 * run: (1) read + split + JSON.parse every line; (2) insert the same rows into a bare
 * SQLite posts table with an FTS5 index, in one transaction with prepared statements.
 */
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';

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
