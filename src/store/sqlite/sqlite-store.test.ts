import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parser.js';
import { openSqliteStore } from './open-sqlite-store.js';

/** SQLite-only behaviour beyond the shared contract: the two ways search pages through matches. */
describe('SqliteStore search plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-plans-'));
  const path = join(dir, 'plans.db');
  const words = ['ozempic', 'nausea', 'insulin', 'price', 'clinic', 'trial'];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const store = await openSqliteStore({ path });
    const runId = await store.startRun(['plans']);
    const start = Date.UTC(2024, 0, 1);
    // Times are not in id order, so a plan that confused the two would give a different page.
    await store.writeBatch({ runId, quarantine: [], events: Array.from({ length: 3000 }, (_, i) => ({
      kind: 'post' as const,
      post: { platform: i % 3 === 0 ? 'x' : 'reddit', nativeId: `n${i}`, authorId: `a${i % 40}`, authorHandle: `user${i % 40}`,
        text: `${words[i % 6]} ${words[(i * 7) % 6]} ${i % 10 === 0 ? 'rare' : 'common'}`, createdAt: start + ((i * 7919) % 3000) * 60_000,
        hashtags: [], mentions: [], links: [], metrics: {}, visibility: 'public' as const, lang: 'en' },
    })) });
    await store.close();
  });

  it('walking the time index and sorting the matches give the same pages', async () => {
    const timeIndex = await openSqliteStore({ path, denseMatches: 1 });
    const sorting = await openSqliteStore({ path, denseMatches: 1_000_000 });
    for (const text of ['common', 'rare', 'ozempic OR insulin', 'ozempic -nausea platform:x', 'common author:user7', 'common from:2024-01-02']) {
      for (const offset of [0, 20]) {
        const a = await timeIndex.search(parseQuery(text), { limit: 20, offset });
        const b = await sorting.search(parseQuery(text), { limit: 20, offset });
        expect(a.map((p) => p.id), text).toEqual(b.map((p) => p.id));
        expect(a.length, text).toBeGreaterThan(0);
        const times = a.map((p) => p.createdAt);
        expect([...times].sort().reverse(), text).toEqual(times);
      }
    }
    await timeIndex.close();
    await sorting.close();
  });
});
