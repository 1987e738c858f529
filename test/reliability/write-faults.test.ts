/**
 * I/O-fault test in the SQLite tradition (R5.9): fail the Nth write for N = 1, 2, …, and
 * check that each run ends with a clear error, an intact database, nothing half-written,
 * and that simply running again finishes the job exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import type { SqliteDatabase, SqliteStatement } from '../../src/store/sqlite/sqlite-database.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dumpDatabase, integrityCheck } from '../support/dump-database.js';
import { redditComment, writeSample, xPagesNdjson } from '../support/sample-files.js';

const BATCH = 3;

class InjectedFault extends Error {
  override name = 'InjectedFault';
}

/** Wraps the driver so that the Nth statement run after arming throws. */
function failNthWrite(n: number, counter: { writes: number; armed: boolean }) {
  return (db: SqliteDatabase): SqliteDatabase => new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver) as unknown;
      return (sql: string): SqliteStatement => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(s, p, r) {
            if (p !== 'run') {
              const value = Reflect.get(s, p, r) as unknown;
              return typeof value === 'function' ? value.bind(s) : value;
            }
            return (...params: unknown[]) => {
              if (counter.armed && ++counter.writes === n) throw new InjectedFault(`injected write fault #${n}`);
              return s.run(...params);
            };
          },
        });
      };
    },
  });
}

describe('ingest under write faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-faults-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = [
    writeSample(dir, 'x.ndjson', xPagesNdjson(4, 3)),
    writeSample(dir, 'reddit.ndjson', [redditComment('a1', 'first'), '{bad json', redditComment('a2', 'second'),
      redditComment('a3', '[deleted]'), redditComment('a1', 'first, edited', { edited: 1706800000 })].join('\n')),
  ];
  let dbCount = 0;
  const freshDb = () => join(dir, `db-${++dbCount}.db`);

  async function ingestInto(path: string, wrap?: (db: SqliteDatabase) => SqliteDatabase, counter?: { armed: boolean }) {
    const store = await openSqliteStore({ path, ...(wrap ? { wrap } : {}) });
    if (counter) counter.armed = true;
    try {
      return await ingestFiles(store, files, { batchSize: BATCH });
    } finally {
      if (counter) counter.armed = false;
      await store.close();
    }
  }

  it('every failed write leaves an intact store, and re-running ends at the clean result', async () => {
    const cleanPath = freshDb();
    const counting = { writes: 0, armed: false };
    await ingestInto(cleanPath, failNthWrite(0, counting), counting);
    const clean = dumpDatabase(cleanPath);
    const totalWrites = counting.writes;
    expect(totalWrites).toBeGreaterThan(20);

    for (let n = 1; n <= totalWrites; n++) {
      const path = freshDb();
      const counter = { writes: 0, armed: false };
      const error = await ingestInto(path, failNthWrite(n, counter), counter).then(() => undefined, (e: unknown) => e);
      expect(error, `write #${n} should fail the run`).toBeInstanceOf(Error);
      expect(chainHas(error, InjectedFault), `write #${n}: the error names its cause`).toBe(true);
      expect(integrityCheck(path)).toBe('ok');
      const partial = dumpDatabase(path);
      // Nothing half-written: every checkpoint covers whole batches, and the posts stored are
      // exactly those of a clean run's prefix (a subset of the clean result, no extras).
      for (const row of partial.checkpoints as Array<{ records_done: number; complete: boolean }>) {
        expect(row.complete || row.records_done % BATCH === 0).toBe(true);
      }
      expect(partial.posts.every((p) => clean.posts.some((c) => JSON.stringify(c) === JSON.stringify(p)) ||
        isEarlierVersionOf(p, clean.posts))).toBe(true);
      await ingestInto(path);
      expect(dumpDatabase(path), `after write fault #${n} and a re-run`).toEqual(clean);
      rmSync(path, { force: true });
    }
  });
});

function chainHas(error: unknown, type: typeof InjectedFault): boolean {
  let e: unknown = error;
  while (e instanceof Error) {
    if (e instanceof type) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A partial run may hold a post's first version when the clean run ends with its edit. */
function isEarlierVersionOf(post: unknown, cleanPosts: unknown[]): boolean {
  const p = post as { platform: string; native_id: string };
  return cleanPosts.some((c) => {
    const q = c as { platform: string; native_id: string };
    return q.platform === p.platform && q.native_id === p.native_id;
  });
}
