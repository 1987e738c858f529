/**
 * Statements over many rows or ids in chunks, in the `$n` placeholders both SQL engines run here (the SQLite
 * session rewrites them): multi-row INSERTs and `IN (…)` lists. Chunks stay well under SQLite's 32,766 parameters
 * and PostgreSQL's 65,535.
 */
import type { SqlRunner } from './sql-hcp-store.js';

/** Rows per multi-row INSERT. */
const INSERT_ROWS = 500;
/** Ids per `IN (…)` list. */
const IDS_PER_LIST = 500;

/** `$from, $from+1, …` for `n` parameters. */
function placeholders(n: number, from: number): string {
  return Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');
}

/** `INSERT … VALUES (…), (…) <tail>` for every item, `width` parameters per row. */
export async function insertMany<T>(db: SqlRunner, items: readonly T[], head: string, tail: string, width: number,
  params: (item: T) => unknown[]): Promise<void> {
  for (let i = 0; i < items.length; i += INSERT_ROWS) {
    const chunk = items.slice(i, i + INSERT_ROWS);
    const values = chunk.map((_, row) => `(${placeholders(width, row * width + 1)})`).join(', ');
    await db.run(`${head} VALUES ${values} ${tail}`, chunk.flatMap(params));
  }
}

/** The statement and parameters for each chunk of `ids`: `extra` parameters first (`$1`…), the ids after them. */
function* chunksOf(ids: readonly number[], sql: (list: string) => string, extra: readonly unknown[]): Generator<[string, unknown[]]> {
  for (let i = 0; i < ids.length; i += IDS_PER_LIST) {
    const chunk = ids.slice(i, i + IDS_PER_LIST);
    yield [sql(placeholders(chunk.length, extra.length + 1)), [...extra, ...chunk]];
  }
}

/** A statement per chunk of `ids`; `sql` gets the placeholder list for `IN (…)`. */
export async function runForIds(db: SqlRunner, ids: readonly number[], sql: (list: string) => string, extra: readonly unknown[] = []): Promise<void> {
  for (const [statement, params] of chunksOf(ids, sql, extra)) await db.run(statement, params);
}

/** As `runForIds`, for a query: the rows of every chunk. */
export async function allForIds<R>(db: SqlRunner, ids: readonly number[], sql: (list: string) => string, extra: readonly unknown[] = []): Promise<R[]> {
  const out: R[] = [];
  for (const [statement, params] of chunksOf(ids, sql, extra)) out.push(...await db.all<R>(statement, params));
  return out;
}
