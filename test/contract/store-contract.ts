/**
 * The contract every Store adapter passes, unchanged. An adapter's test file is one call:
 * runStoreContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) }).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCounts } from '../../src/domain/ingest-run.js';
import type { IngestEvent } from '../../src/ingest/events.js';
import { parseQuery } from '../../src/query/parser.js';
import { StoreWriteError } from '../../src/store/store-write-error.js';
import type { Store } from '../../src/store/store.js';
import { type CanonicalDump, dataOf } from '../support/canonical-dump.js';
import { T0, accountEvent, interactionEvent, newPost, postEvent } from '../support/factories.js';
import { history } from './order-independence.js';

export interface StoreContractOptions {
  name: string;
  create: () => Promise<Store>;
  /** Everything the store holds, by natural keys (test/support/canonical-dump.ts). */
  dump: (store: Store) => Promise<CanonicalDump>;
  /** Property runs for the order-independence test (each run opens two stores). */
  orderRuns?: number;
}

export function runStoreContract({ name, create, dump, orderRuns = 60 }: StoreContractOptions): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let runId: number;
    const write = (events: IngestEvent[]) => store.writeBatch({ runId, events, quarantine: [] });
    const search = (q: string) => store.search(parseQuery(q, { now: T0 }));

    beforeEach(async () => {
      store = await create();
      runId = await store.startRun(['test']);
    });
    afterEach(async () => {
      await store.close();
    });

    it('migrates idempotently', async () => {
      const again = await store.migrate();
      expect(again.length).toBeGreaterThan(0);
      expect(again.every((m) => m.status === 'already-applied')).toBe(true);
    });

    it('stores a post with a stub author and reads it back', async () => {
      const counts = await write([postEvent({ hashtags: ['glp1'], mentions: ['drbob'], links: ['https://example.org'] })]);
      expect(counts.postsInserted).toBe(1);
      const post = await store.getPost('x', '100');
      expect(post).toMatchObject({
        platform: 'x', id: '100', author: 'drjane', authorId: 'u1', text: 'Semaglutide and nausea: what I tell patients',
        createdAt: new Date(T0).toISOString(), hashtags: ['glp1'], mentions: ['drbob'], links: ['https://example.org'],
        visibility: 'public',
      });
      expect((await store.stats()).accounts).toBe(1);
    });

    it('ingesting the same events twice changes nothing', async () => {
      const events = [accountEvent(), postEvent(), interactionEvent()];
      const first = await write(events);
      const before = await store.stats();
      const second = await write(events);
      expect(first).toMatchObject({ postsInserted: 1, accounts: 1, interactions: 1 });
      expect(second.postsInserted ?? 0).toBe(0);
      expect(second.postsUpdated ?? 0).toBe(0);
      expect(second.interactions ?? 0).toBe(0);
      expect(second.accounts ?? 0).toBe(0);
      expect(second.postsUnchanged).toBe(1);
      expect(await store.stats()).toEqual(before);
      expect((await store.getPost('x', '100'))?.metrics.reposts).toBe(1);
    });

    it('an edit replaces the text and keeps the earlier version; an older copy does not win back', async () => {
      await write([postEvent({ text: 'first words' })]);
      const edited = await write([postEvent({ text: 'better words', editedAt: T0 + 60_000 })]);
      expect(edited.postsUpdated).toBe(1);
      const stale = await write([postEvent({ text: 'first words' })]);
      expect(stale.postsUpdated ?? 0).toBe(0);
      expect((await store.getPost('x', '100'))?.text).toBe('better words');
      const versions = await store.getPostVersions('x', '100');
      expect(versions.map((v) => [v.text, v.current])).toEqual([['better words', true], ['first words', false]]);
      expect(await search('better')).toHaveLength(1);
      expect(await search('first')).toHaveLength(0);
    });

    it('applies edits the same whichever order the copies arrive in', async () => {
      await write([postEvent({ text: 'v2 text', editedAt: T0 + 5 }), postEvent({ text: 'v1 text' })]);
      expect((await store.getPost('x', '100'))?.text).toBe('v2 text');
      expect((await store.getPostVersions('x', '100')).map((v) => v.text)).toEqual(['v2 text', 'v1 text']);
    });

    it('a delete removes content from every read path and a later copy does not bring it back', async () => {
      await write([postEvent({ text: 'patient in room 4B', mentions: ['drbob'] }), postEvent({ nativeId: '101', text: 'other post' })]);
      const deleted = await write([{ kind: 'delete', platform: 'x', nativeId: '100', at: T0 + 1, reason: 'deleted at source' }]);
      expect(deleted.deletions).toBe(1);
      expect(await store.getPost('x', '100')).toBeUndefined();
      expect(await search('room')).toHaveLength(0);
      expect(await store.getPostVersions('x', '100')).toEqual([]);
      expect(await store.isTombstoned('x', '100')).toBe(true);
      const resurrect = await write([postEvent({ text: 'patient in room 4B' })]);
      expect(resurrect.postsSuppressed).toBe(1);
      expect(await store.getPost('x', '100')).toBeUndefined();
      expect((await store.stats()).posts).toBe(1);
    });

    it('counts a repost or like once by its key, whether it arrives before or after the post', async () => {
      await write([interactionEvent({ key: 'rt1' }), interactionEvent({ key: 'like1', kind: 'like' })]);
      await write([postEvent({ metrics: { reposts: 0, likes: 0 } })]);
      await write([interactionEvent({ key: 'rt1' }), interactionEvent({ key: 'rt2', fromAccountId: 'u3' })]);
      const post = await store.getPost('x', '100');
      expect(post?.metrics.reposts).toBe(2);
      expect(post?.metrics.likes).toBe(1);
      expect((await store.stats()).posts).toBe(1);
    });

    it('effective counts are the larger of reported and observed', async () => {
      await write([postEvent({ metrics: { likes: 40, reposts: 1 } }), interactionEvent({ key: 'rt1' }), interactionEvent({ key: 'rt2' })]);
      expect((await store.getPost('x', '100'))?.metrics).toMatchObject({ likes: 40, reposts: 2 });
    });

    it('an interaction deleted at source takes its count back and stays deleted', async () => {
      await write([postEvent(), interactionEvent({ key: 'like1', kind: 'like' })]);
      await write([{ kind: 'interaction-delete', platform: 'x', interactionKind: 'like', key: 'like1' }]);
      await write([interactionEvent({ key: 'like1', kind: 'like' })]);
      expect((await store.getPost('x', '100'))?.metrics.likes).toBe(0);
      expect((await store.stats()).interactions).toBe(0);
    });

    it('a newer account snapshot replaces an older one, never the reverse', async () => {
      await write([accountEvent({ bio: 'new bio', snapshotAt: T0 + 10 })]);
      await write([accountEvent({ bio: 'old bio', snapshotAt: T0 })]);
      expect((await store.getAccount('x', 'u1'))?.bio).toBe('new bio');
      expect((await store.getAccount('x', '@DrJane'))?.id).toBe('u1');
    });

    it('resolves a mention by handle when the account arrives later', async () => {
      await write([postEvent({ authorId: 'u2', authorHandle: 'pat' }),
        interactionEvent({ kind: 'mention', key: '100:drjane', fromAccountId: 'u2', toHandle: 'drjane' })]);
      expect(await store.topAccounts(5)).toEqual([]);
      await write([accountEvent()]);
      const top = await store.topAccounts(5);
      expect(top).toMatchObject([{ platform: 'x', handle: 'drjane', interactions: 1 }]);
    });

    it('hides a suspended account and shows it again when reinstated; a deleted account takes its posts', async () => {
      await write([accountEvent(), postEvent()]);
      await write([{ kind: 'account-status', platform: 'x', accountId: 'u1', status: 'suspended', at: T0 + 1 }]);
      expect(await store.getPost('x', '100')).toBeUndefined();
      expect(await search('semaglutide')).toHaveLength(0);
      await write([{ kind: 'account-status', platform: 'x', accountId: 'u1', status: 'active', at: T0 + 2 }]);
      expect(await search('semaglutide')).toHaveLength(1);
      await write([{ kind: 'account-status', platform: 'x', accountId: 'u1', status: 'deleted', at: T0 + 3 }]);
      expect(await store.isTombstoned('x', '100')).toBe(true);
      expect((await store.stats()).posts).toBe(0);
    });

    it('a failing batch leaves nothing of itself', async () => {
      await write([postEvent({ nativeId: 'kept' })]);
      const before = await store.stats();
      const broken = { kind: 'post', post: { ...newPost({ nativeId: 'bad' }), text: null } } as unknown as IngestEvent;
      await expect(store.writeBatch({
        runId, events: [postEvent({ nativeId: 'lost' }), broken],
        quarantine: [], checkpoint: { fileKey: 'k', path: 'f', format: 'x', recordsDone: 10, complete: false },
      })).rejects.toBeInstanceOf(StoreWriteError);
      expect(await store.stats()).toEqual(before);
      expect(await store.getPost('x', 'lost')).toBeUndefined();
      expect(await store.getCheckpoint('k')).toBeUndefined();
      expect((await write([postEvent({ nativeId: 'after' })])).postsInserted).toBe(1);
    });

    it('commits checkpoints with their batch and quarantines each bad record once', async () => {
      const q = { fileKey: 'k', file: 'a.ndjson', line: 3, item: 0, field: 'id', reason: 'missing id', raw: '{}' };
      await store.writeBatch({ runId, events: [postEvent()], quarantine: [q],
        checkpoint: { fileKey: 'k', path: 'a.ndjson', format: 'x', recordsDone: 5, complete: false } });
      await store.writeBatch({ runId, events: [], quarantine: [q],
        checkpoint: { fileKey: 'k', path: 'a.ndjson', format: 'x', recordsDone: 9, complete: true } });
      expect(await store.getCheckpoint('k')).toEqual({ fileKey: 'k', path: 'a.ndjson', format: 'x', recordsDone: 9, complete: true });
      const listed = await store.listQuarantine();
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ file: 'a.ndjson', line: 3, field: 'id', reason: 'missing id', raw: '{}' });
    });

    it('searches with the query language, newest first, and honours date bounds', async () => {
      await write([
        postEvent({ nativeId: '1', text: 'Ozempic made me nauseous', lang: 'en', createdAt: T0 }),
        postEvent({ nativeId: '2', text: 'semaglutide vomiting giveaway', lang: 'en', createdAt: T0 + 1000 }),
        postEvent({ nativeId: '3', text: 'semaglutide and vomiting week 2', lang: 'en', createdAt: T0 + 2000 }),
        postEvent({ nativeId: '4', text: 'Ozempic nausea', lang: 'de', createdAt: T0 + 3000 }),
        postEvent({ nativeId: '5', text: 'ozempic nausea last year', lang: 'en', createdAt: Date.parse('2023-05-01') }),
      ]);
      const hits = await search('(ozempic OR semaglutide) AND (nausea OR vomiting OR nauseous) -giveaway lang:en from:2024-01-01');
      expect(hits.map((p) => p.id)).toEqual(['3', '1']);
      expect(await store.countMatches(parseQuery('ozempic'))).toBe(3);
      const bounded = await store.search(parseQuery('ozempic'), { from: T0 + 1, to: T0 + 5000 });
      expect(bounded.map((p) => p.id)).toEqual(['4']);
    });

    it('reports stats, top hashtags and top accounts', async () => {
      await write([
        accountEvent(), accountEvent({ nativeId: 'u2', handle: 'pat' }),
        postEvent({ hashtags: ['asco24', 'bcsm'] }), postEvent({ nativeId: '101', hashtags: ['asco24'], createdAt: T0 + 5 }),
        postEvent({ platform: 'bluesky', nativeId: 'at://x/1', authorId: 'did:plc:a', authorHandle: 'a.bsky.social' }),
        interactionEvent({ kind: 'reply', key: '101', fromAccountId: 'u2', toAccountId: 'u1' }),
      ]);
      const stats = await store.stats();
      expect(stats).toMatchObject({ posts: 3, interactions: 1, quarantined: 0, platforms: { x: 2, bluesky: 1 } });
      expect(stats.firstPostAt).toBe(new Date(T0).toISOString());
      expect(await store.topHashtags(2)).toEqual([{ tag: 'asco24', posts: 2 }, { tag: 'bcsm', posts: 1 }]);
      expect(await store.topAccounts(1)).toMatchObject([{ handle: 'drjane', interactions: 1 }]);
    });

    it('credits a reply or repost that names only the post to that post\'s author, in either order', async () => {
      await write([interactionEvent({ kind: 'reply', key: 'r1', fromAccountId: 'u2', postId: '100' })]);
      await write([accountEvent(), postEvent(), interactionEvent({ kind: 'repost', key: 'rt9', fromAccountId: 'u3', postId: '100' }),
        interactionEvent({ kind: 'reply', key: 'self', fromAccountId: 'u1', postId: '100' })]);
      expect(await store.topAccounts(3)).toMatchObject([{ handle: 'drjane', interactions: 2 }]);
    });

    it('records runs with their counts', async () => {
      const counts = { ...emptyCounts(), records: 3, postsInserted: 2 };
      await store.finishRun(runId, 'done', counts);
      const [run] = await store.listRuns(1);
      expect(run).toMatchObject({ id: runId, status: 'done', paths: ['test'], counts });
    });

    it('ends with the same data whatever order its batches are applied in (R5.7, several workers)', async () => {
      await fc.assert(fc.asyncProperty(history, async ({ batches, order }) => {
        const inOrder = await create();
        const shuffled = await create();
        try {
          for (const events of batches) await inOrder.writeBatch({ runId, events, quarantine: [] });
          for (const i of order) await shuffled.writeBatch({ runId, events: batches[i]!, quarantine: [] });
          expect(dataOf(await dump(shuffled))).toEqual(dataOf(await dump(inOrder)));
          // And applying everything again changes nothing.
          for (const events of batches) await shuffled.writeBatch({ runId, events, quarantine: [] });
          expect(dataOf(await dump(shuffled))).toEqual(dataOf(await dump(inOrder)));
        } finally {
          await inOrder.close();
          await shuffled.close();
        }
      }), { numRuns: orderRuns });
    });
  });
}
