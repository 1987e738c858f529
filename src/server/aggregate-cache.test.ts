import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { AggregateCache } from './aggregate-cache.js';

describe('aggregate cache', () => {
  let store: SqliteStore;
  const clock = { now: 1_000_000 };
  let computed = 0;
  const compute = async () => ++computed;
  beforeEach(async () => { store = await openSqliteStore({ path: ':memory:' }); computed = 0; });
  afterEach(async () => { await store.close(); });

  it('answers from memory until the newest ingest run changes', async () => {
    const cache = new AggregateCache(store, 60_000, () => clock.now);
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('other', compute)).toBe(2);
    const run = await store.startRun(['x']);
    clock.now += 1000; // the data version is read at most once a second
    expect(await cache.get('k', compute)).toBe(3);
    expect(await cache.get('k', compute)).toBe(3);
    await store.finishRun(run, 'done', { records: 0, postsInserted: 0, postsUpdated: 0, postsUnchanged: 0, postsSuppressed: 0,
      deletions: 0, accounts: 0, interactions: 0, quarantined: 0 });
    clock.now += 1000;
    expect(await cache.get('k', compute)).toBe(4);
  });

  it('recomputes after its time to live, and does not keep a failure', async () => {
    const cache = new AggregateCache(store, 60_000, () => clock.now);
    expect(await cache.get('k', compute)).toBe(1);
    clock.now += 60_000;
    expect(await cache.get('k', compute)).toBe(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('bad', compute)).toBe(3);
  });
});
