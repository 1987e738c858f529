/**
 * The contract of the analytics port (src/store/analytics.ts), run on every store: the same
 * numbers on both, and deleted posts and hidden accounts left out of every read (R4.1, R4.3).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent } from '../../src/ingest/events.js';
import { parseQuery } from '../../src/query/parser.js';
import type { Store } from '../../src/store/store.js';
import { T0, accountEvent, interactionEvent, postEvent } from '../support/factories.js';

const H = 3_600_000;
const D = 24 * H;

export function runAnalyticsContract({ name, create, exec }: {
  name: string; create: () => Promise<Store>; exec: (store: Store, sql: string) => Promise<void>;
}): void {
  describe(`Analytics contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await create();
      const runId = await store.startRun(['analytics']);
      const events: IngestEvent[] = [
        accountEvent({ nativeId: 'u1', handle: 'drjane' }),
        accountEvent({ nativeId: 'u2', handle: 'bob', displayName: 'Bob' }),
        accountEvent({ platform: 'bluesky', nativeId: 'u3', handle: 'carol.bsky.social', displayName: 'Carol' }),
        accountEvent({ nativeId: 'u4', handle: 'hidden', displayName: 'Hidden' }),
        accountEvent({ nativeId: 'u5', handle: 'dan', displayName: 'Dan' }),
        postEvent({ nativeId: '100', authorId: 'u1', text: 'ozempic and nausea', hashtags: ['glp1'], lang: 'en', createdAt: T0 }),
        postEvent({ nativeId: '101', authorId: 'u2', text: 'same here with ozempic', hashtags: ['glp1', 'asco'], lang: 'en-US',
          createdAt: T0 + H, replyToId: '100', rootId: '100', metrics: { likes: 9 } }),
        postEvent({ nativeId: '102', authorId: 'u1', text: 'thanks Bob', createdAt: T0 + 2 * H, replyToId: '101', rootId: '100' }),
        postEvent({ platform: 'bluesky', nativeId: 'b1', authorId: 'u3', text: 'bonjour', lang: 'fr', createdAt: T0 + 9 * D }),
        postEvent({ nativeId: '103', authorId: 'u4', text: 'ozempic from a hidden account', hashtags: ['glp1'], lang: 'en',
          createdAt: T0 + 3 * H, replyToId: '100', rootId: '100' }),
        postEvent({ nativeId: '104', authorId: 'u2', text: 'ozempic deleted later', hashtags: ['glp1'], lang: 'en', createdAt: T0 + 4 * H,
          replyToId: '100', rootId: '100' }),
        { kind: 'delete', platform: 'x', nativeId: '104', at: T0 + 5 * H, reason: 'deleted-at-source' },
        { kind: 'account-status', platform: 'x', accountId: 'u4', status: 'suspended', at: T0 + 6 * H },
        interactionEvent({ kind: 'repost', key: 'rt1', fromAccountId: 'u2', postId: '100' }),
        interactionEvent({ kind: 'like', key: 'lk1', fromAccountId: 'u5', postId: '102' }),
        interactionEvent({ kind: 'mention', key: '100:dan', fromAccountId: 'u1', toAccountId: 'u5', postId: '100' }),
        interactionEvent({ kind: 'mention', key: '103:drjane', fromAccountId: 'u4', toAccountId: 'u1', postId: '103' }),
      ];
      await store.writeBatch({ runId, events, quarantine: [] });
      await exec(store, `INSERT INTO profiles (id, kind, name, created_at) VALUES (1, 'hcp', 'Jane Doe', 0)`);
      await exec(store, `UPDATE accounts SET profile_id = 1 WHERE native_id = 'u1'`);
      // What the enrichment stage would store for some posts (hidden 103 included: it must not be counted).
      const pending = await store.enrichment.pending({ version: 'contract', limit: 100 });
      const hash = (id: string) => pending.find((p) => p.nativeId === id)!.contentHash;
      const drug = (name: string) => ({ type: 'drug', id: `drugbank:${name}`, name, surface: name });
      const record = (nativeId: string, sentiment: 'positive' | 'negative' | 'neutral', entities: Array<{ type: string; id: string; name: string; surface: string }>,
        areas: string[]) => ({ platform: 'x', nativeId, contentHash: hash(nativeId), version: 'contract', lang: 'en', sentiment, sentimentScore: 0,
        flags: 0, entities, areas, analysis: '{}' });
      await store.enrichment.write([
        record('100', 'negative', [drug('semaglutide'), { type: 'reaction', id: 'ae:nausea', name: 'nausea', surface: 'nausea' }], ['endocrinology']),
        record('101', 'positive', [drug('semaglutide'), drug('semaglutide'), drug('metformin')], ['endocrinology', 'cardiology']),
        record('103', 'negative', [drug('semaglutide'), drug('insulin')], ['endocrinology']),
      ]);
    });
    afterEach(async () => { await store.close(); });

    it('counts volume per day and per week, split by platform and by author kind, without deleted or hidden posts', async () => {
      const day0 = new Date(T0).toISOString().slice(0, 10);
      const day9 = new Date(T0 + 9 * D).toISOString().slice(0, 10);
      expect(await store.analytics.volume({}, { interval: 'day', split: 'none' })).toEqual([
        { bucket: day0, key: 'all', posts: 3 }, { bucket: day9, key: 'all', posts: 1 }]);
      expect(await store.analytics.volume({}, { interval: 'day', split: 'platform' })).toEqual([
        { bucket: day0, key: 'x', posts: 3 }, { bucket: day9, key: 'bluesky', posts: 1 }]);
      expect(await store.analytics.volume({}, { interval: 'day', split: 'authorKind' })).toEqual([
        { bucket: day0, key: 'hcp', posts: 2 }, { bucket: day0, key: 'unknown', posts: 1 }, { bucket: day9, key: 'unknown', posts: 1 }]);
      // T0 is Friday 2024-03-01: its week starts Monday 2024-02-26; +9 days is in the week of 2024-03-04.
      expect(await store.analytics.volume({}, { interval: 'week', split: 'none' })).toEqual([
        { bucket: '2024-02-26', key: 'all', posts: 3 }, { bucket: '2024-03-04', key: 'all', posts: 1 }]);
    });

    it('follows the query and the date range', async () => {
      expect(await store.analytics.volume({ query: parseQuery('ozempic') }, { interval: 'day', split: 'none' }))
        .toEqual([{ bucket: new Date(T0).toISOString().slice(0, 10), key: 'all', posts: 2 }]);
      expect(await store.analytics.volume({ from: T0 + D }, { interval: 'day', split: 'none' })).toHaveLength(1);
      expect(await store.analytics.breakdown({ query: parseQuery('ozempic'), to: T0 + 30 * 60_000 }, 'platform', 10))
        .toEqual([{ key: 'x', posts: 1 }]);
    });

    it('breaks down by platform, language (primary subtag), author kind and hashtag', async () => {
      expect(await store.analytics.breakdown({}, 'platform', 10)).toEqual([{ key: 'x', posts: 3 }, { key: 'bluesky', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'lang', 10)).toEqual([{ key: 'en', posts: 2 }, { key: 'fr', posts: 1 }, { key: 'und', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'authorKind', 10)).toEqual([{ key: 'hcp', posts: 2 }, { key: 'unknown', posts: 2 }]);
      expect(await store.analytics.breakdown({}, 'hashtag', 10)).toEqual([{ key: 'glp1', posts: 2 }, { key: 'asco', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'hashtag', 1)).toEqual([{ key: 'glp1', posts: 2 }]);
    });

    it('breaks down by the enrichment stage\'s drugs, reactions, sentiment and areas, each post once, without hidden posts', async () => {
      expect(await store.analytics.breakdown({}, 'drug', 10)).toEqual([{ key: 'semaglutide', posts: 2 }, { key: 'metformin', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'reaction', 10)).toEqual([{ key: 'nausea', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'condition', 10)).toEqual([]);
      expect(await store.analytics.breakdown({}, 'sentiment', 10)).toEqual([{ key: 'negative', posts: 1 }, { key: 'positive', posts: 1 }]);
      expect(await store.analytics.breakdown({}, 'area', 10)).toEqual([{ key: 'endocrinology', posts: 2 }, { key: 'cardiology', posts: 1 }]);
      expect(await store.analytics.breakdown({ query: parseQuery('same') }, 'drug', 10))
        .toEqual([{ key: 'metformin', posts: 1 }, { key: 'semaglutide', posts: 1 }]);
    });

    it('ranks the voices that received the most interactions in a window, without hidden accounts', async () => {
      expect((await store.analytics.topVoices({}, 10)).map((v) => [v.handle, v.interactions])).toEqual([['drjane', 3], ['dan', 1]]);
      expect(await store.analytics.topVoices({}, 1)).toEqual([{ platform: 'x', id: 'u1', handle: 'drjane', displayName: 'Jane Doe, MD', interactions: 3 }]);
      expect(await store.analytics.topVoices({ from: T0 + 1 }, 10)).toEqual([]);
      expect(await store.analytics.topVoices({ to: T0 + 1 }, 10)).toHaveLength(2);
    });

    it('returns a thread from any of its posts, oldest first, without deleted or hidden replies', async () => {
      const thread = await store.analytics.thread('x', '102');
      expect(thread?.root?.id).toBe('100');
      expect(thread?.posts.map((p) => p.id)).toEqual(['100', '101', '102']);
      expect(thread?.posts[1]).toMatchObject({ author: 'bob', replyToId: '100', rootId: '100', metrics: { likes: 9 } });
      expect((await store.analytics.thread('x', '100'))?.posts).toHaveLength(3);
      expect(await store.analytics.thread('x', '103')).toBeUndefined(); // hidden author
      expect(await store.analytics.thread('x', '104')).toBeUndefined(); // deleted
      expect(await store.analytics.thread('x', 'nope')).toBeUndefined();
    });

    it('lists an active account\'s posts newest first, and nothing for a hidden one', async () => {
      expect((await store.analytics.accountPosts('x', 'u1')).map((p) => p.id)).toEqual(['102', '100']);
      expect((await store.analytics.accountPosts('x', 'u1', { limit: 1, offset: 1 })).map((p) => p.id)).toEqual(['100']);
      expect(await store.analytics.accountPosts('x', 'u4')).toEqual([]);
      expect(await store.analytics.accountPosts('x', 'u2')).toHaveLength(1); // 104 was deleted
    });

    it('builds the interaction graph of the most interacted-with active accounts', async () => {
      const graph = await store.analytics.interactionGraph({ nodes: 10 });
      expect(graph.nodes.map((n) => [n.handle, n.interactions])).toEqual([['drjane', 3], ['dan', 1]]);
      expect(graph.edges).toEqual(expect.arrayContaining([
        { source: 'x/u1', target: 'x/u5', weight: 1 }, { source: 'x/u5', target: 'x/u1', weight: 1 }]));
      expect(graph.edges).toHaveLength(2); // bob→jane is not drawn: bob receives nothing; the hidden account is no node
      expect((await store.analytics.interactionGraph({ nodes: 1 })).edges).toEqual([]);
    });
  });
}
