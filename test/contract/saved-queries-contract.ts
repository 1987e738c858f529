/** The contract of the saved-queries port (src/store/saved-queries.ts), run on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

export function runSavedQueriesContract({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`Saved queries contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await create(); });
    afterEach(async () => { await store.close(); });
    const NOW = 1_700_000_000_000;

    it('creates, reads, lists own and shared, updates and deletes', async () => {
      const ann = await store.auth.createUser({ username: 'ann', role: 'analyst', passwordHash: 'h', now: NOW });
      const bob = await store.auth.createUser({ username: 'bob', role: 'analyst', passwordHash: 'h', now: NOW });
      const mine = await store.savedQueries.create({ ownerId: ann.id, name: 'GLP-1 nausea', query: 'ozempic AND nausea', shared: false, now: NOW });
      expect(mine).toMatchObject({ ownerId: ann.id, ownerName: 'ann', name: 'GLP-1 nausea', query: 'ozempic AND nausea', shared: false,
        createdAt: new Date(NOW).toISOString(), updatedAt: new Date(NOW).toISOString() });
      const shared = await store.savedQueries.create({ ownerId: bob.id, name: 'ASCO', query: '#ASCO24', shared: true, now: NOW + 1 });
      const bobsPrivate = await store.savedQueries.create({ ownerId: bob.id, name: 'private', query: 'x', shared: false, now: NOW + 2 });
      expect((await store.savedQueries.listVisibleTo(ann.id)).map((q) => q.id)).toEqual([shared.id, mine.id]);
      expect((await store.savedQueries.listVisibleTo(bob.id)).map((q) => q.id)).toEqual([bobsPrivate.id, shared.id]);
      const updated = await store.savedQueries.update(mine.id, { shared: true, name: 'renamed', now: NOW + 10 });
      expect(updated).toMatchObject({ name: 'renamed', query: 'ozempic AND nausea', shared: true, updatedAt: new Date(NOW + 10).toISOString() });
      expect((await store.savedQueries.listVisibleTo(bob.id)).map((q) => q.id)).toEqual([mine.id, bobsPrivate.id, shared.id]);
      expect(await store.savedQueries.delete(mine.id)).toBe(true);
      expect(await store.savedQueries.delete(mine.id)).toBe(false);
      expect(await store.savedQueries.get(mine.id)).toBeUndefined();
      expect(await store.savedQueries.update(mine.id, { name: 'x', now: NOW })).toBeUndefined();
    });
  });
}
