/**
 * The contract of the influence port (src/influence/influence-store.ts) on every store: what DOL scoring reads
 * (accounts, posts with their area source, interactions, in keyset pages), the runs and boards it stores, top
 * interactions and KOL lists; and, over the port, that an incremental update gives the leaderboards of a recompute.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPONENTS, type ComponentName, type ComponentValue } from '../../src/graph/dol-score.js';
import { DAY_MS } from '../../src/graph/interaction-weights.js';
import { linkHcpAccounts } from '../../src/hcp/registry-workflow/link-accounts.js';
import { computeInfluence, InfluenceKeeper, updateInfluence } from '../../src/influence/influence-service.js';
import type { ScoreInput } from '../../src/influence/influence-store.js';
import type { IngestEvent } from '../../src/ingest/events.js';
import type { Store } from '../../src/store/store.js';
import { T0, accountEvent, interactionEvent, postEvent } from '../support/factories.js';

const components = (n: number): Record<ComponentName, ComponentValue> =>
  Object.fromEntries(COMPONENTS.map((c) => [c, { raw: n, normalized: n / 10, weight: 0.1 }])) as Record<ComponentName, ComponentValue>;

function score(accountRowId: number, rank: number, overrides: Partial<ScoreInput> = {}): ScoreInput {
  return { area: 'oncology', country: '', population: 'all', rank, accountRowId, hcpStatus: 1, percentile: 100 - rank, score: 1 / rank,
    components: components(rank), segment: 'creator', why: `Ranked ${rank}.`, ...overrides };
}

export function runInfluenceContract({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`Influence contract: ${name}`, () => {
    let store: Store;
    let runId: number;
    const write = (events: IngestEvent[]) => store.writeBatch({ runId, events, quarantine: [] });
    const rowIdOf = async (handle: string) => (await store.influence.accounts({ afterRowId: 0, limit: 100 })).find((a) => a.handle === handle)!.rowId;

    beforeEach(async () => {
      store = await create();
      runId = await store.startRun(['influence']);
      await write([
        accountEvent({ nativeId: 'u1', handle: 'drjane', displayName: 'Jane Doe, MD', bio: 'Medical oncologist', location: 'Boston, MA', followersCount: 5000 }),
        accountEvent({ nativeId: 'u2', handle: 'drbob', displayName: 'Bob Roe MD', bio: 'Cardiologist', location: 'London' }),
        accountEvent({ nativeId: 'u3', handle: 'pat', displayName: 'Pat' }),
        accountEvent({ nativeId: 'u4', handle: 'gone', displayName: 'Gone' }),
        postEvent({ nativeId: '100', authorId: 'u1', authorHandle: 'drjane', text: 'Keytruda in metastatic melanoma', hashtags: ['OncTwitter'], createdAt: T0 }),
        postEvent({ nativeId: '101', authorId: 'u2', authorHandle: 'drbob', text: 'agreed', replyToId: '100', createdAt: T0 + 3_600_000 }),
        postEvent({ nativeId: '102', authorId: 'u3', authorHandle: 'pat', text: 'old news', createdAt: T0 - 400 * DAY_MS }),
        postEvent({ nativeId: '103', authorId: 'u4', authorHandle: 'gone', text: 'hidden author', createdAt: T0 }),
        interactionEvent({ kind: 'repost', key: 'rt1', fromAccountId: 'u2', toAccountId: 'u1', postId: '100', at: T0 + 1000 }),
        interactionEvent({ kind: 'reply', key: '101', fromAccountId: 'u2', toAccountId: 'u1', postId: '100', at: T0 + 3_600_000 }),
        interactionEvent({ kind: 'mention', key: '102:drjane', fromAccountId: 'u3', toAccountId: 'u1', postId: '102', at: T0 }),
        interactionEvent({ kind: 'like', key: 'lk1', fromAccountId: 'u4', toAccountId: 'u1', postId: '100', at: T0 }),
        interactionEvent({ kind: 'like', key: 'lk2', fromAccountId: 'u1', toAccountId: 'u2', postId: 'not-stored', at: T0 }),
        { kind: 'account-status', platform: 'x', accountId: 'u4', status: 'suspended', at: T0 },
      ]);
      // Post 101 has been enriched: its stored areas win over its text.
      const [pending] = (await store.enrichment.pending({ version: 'v', limit: 10 })).filter((p) => p.nativeId === '101');
      await store.enrichment.write([{ platform: 'x', nativeId: '101', contentHash: pending!.contentHash, version: 'v', lang: 'en',
        sentiment: 'neutral', sentimentScore: 0, flags: 0, entities: [], areas: ['cardiology'], analysis: '{}' }]);
    });
    afterEach(async () => { await store.close(); });

    it('reads active accounts in keyset pages', async () => {
      const first = await store.influence.accounts({ afterRowId: 0, limit: 2 });
      expect(first.map((a) => a.handle)).toEqual(['drjane', 'drbob']);
      expect(first[0]).toMatchObject({ platform: 'x', nativeId: 'u1', displayName: 'Jane Doe, MD', bio: 'Medical oncologist', location: 'Boston, MA', followers: 5000 });
      const rest = await store.influence.accounts({ afterRowId: first[1]!.rowId, limit: 10 });
      expect(rest.map((a) => a.handle)).toEqual(['pat']);
      expect((await store.influence.findAccounts('DrJane')).map((a) => a.nativeId)).toEqual(['u1']);
      expect((await store.influence.findAccounts('u2', 'x')).map((a) => a.handle)).toEqual(['drbob']);
      expect(await store.influence.findAccounts('drjane', 'reddit')).toEqual([]);
      expect(await store.influence.findAccounts('gone')).toEqual([]);
    });

    it('reads posts of the window with the enrichment areas when enriched, else text and hashtags', async () => {
      const posts = await store.influence.posts({ afterRowId: 0, limit: 10, since: T0 - 30 * DAY_MS });
      expect(posts.map((p) => p.isReply)).toEqual([false, true]);
      expect(posts[0]).toMatchObject({ authorRowId: await rowIdOf('drjane'), at: T0, text: 'Keytruda in metastatic melanoma', hashtags: ['OncTwitter'] });
      expect(posts[0]!.areas).toBeUndefined();
      expect(posts[1]).toMatchObject({ authorRowId: await rowIdOf('drbob'), areas: ['cardiology'] });
      expect(posts[1]!.text).toBeUndefined();
      const all = await store.influence.posts({ afterRowId: 0, limit: 10 });
      expect(all).toHaveLength(3);
      expect(await store.influence.posts({ afterRowId: posts[0]!.rowId, upToRowId: posts[0]!.rowId, limit: 10 })).toEqual([]);
    });

    it('reads interactions between active accounts with the area source of the post involved', async () => {
      // Row order is the store's (batches may be written set-wise); paging follows it.
      const rows = await store.influence.interactions({ afterRowId: 0, limit: 10 });
      expect(rows.map((r) => r.kind).sort()).toEqual(['like', 'mention', 'reply', 'repost']);
      const [jane, bob] = [await rowIdOf('drjane'), await rowIdOf('drbob')];
      const byKind = (kind: string) => rows.find((r) => r.kind === kind)!;
      expect(byKind('repost')).toMatchObject({ fromRowId: bob, toRowId: jane, at: T0 + 1000, post: { text: 'Keytruda in metastatic melanoma', hashtags: ['OncTwitter'] } });
      expect(byKind('like').post).toBeUndefined();
      expect(byKind('like').fromRowId).toBe(jane);
      expect((await store.influence.interactions({ afterRowId: rows[1]!.rowId, limit: 1 })).map((r) => r.rowId)).toEqual([rows[2]!.rowId]);
      expect((await store.influence.interactions({ afterRowId: 0, limit: 10, since: T0 + 2000 })).map((r) => r.kind)).toEqual(['reply']);
      const marks = await store.influence.watermarks();
      expect(marks.posts).toBeGreaterThan(0);
      expect(marks.interactions).toBeGreaterThanOrEqual(rows.at(-1)!.rowId);
    });

    it('stores a run with its boards and pages the newest board of a window by rank', async () => {
      const [jane, bob, pat] = [await rowIdOf('drjane'), await rowIdOf('drbob'), await rowIdOf('pat')];
      const run = { mode: 'full' as const, windowDays: 90, asOf: T0, options: { keep: 10 }, accounts: 3, posts: 2, interactions: 4,
        postWatermark: 5, interactionWatermark: 6, startedAt: T0, finishedAt: T0 + 10 };
      await store.influence.writeRun(run, [score(bob, 1)]);
      const id = await store.influence.writeRun(run, [score(jane, 1), score(bob, 2), score(pat, 3, { hcpStatus: 0, segment: 'consumer' }),
        score(jane, 1, { population: 'hcp' }), score(jane, 1, { country: 'US' }), score(bob, 1, { area: 'cardiology' })]);
      await store.influence.writeRun({ ...run, windowDays: 30 }, [score(pat, 1)]);
      const board = await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 2 });
      expect(board!.run).toMatchObject({ id, mode: 'full', windowDays: 90, scores: 6, postWatermark: 5, options: { keep: 10 } });
      expect(board!.total).toBe(3);
      expect(board!.entries.map((e) => [e.handle, e.rank])).toEqual([['drjane', 1], ['drbob', 2]]);
      expect(board!.entries[0]).toMatchObject({ platform: 'x', accountId: 'u1', displayName: 'Jane Doe, MD', followers: 5000, why: 'Ranked 1.',
        segment: 'creator', components: components(1), windowDays: 90, asOf: T0 });
      const next = await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 2, afterRank: 2 });
      expect(next!.entries.map((e) => [e.handle, e.segment, e.hcpStatus])).toEqual([['pat', 'consumer', 0]]);
      expect((await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 5, hcpOnly: true }))!.total).toBe(1);
      expect((await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 5, country: 'US' }))!.entries[0]!.handle).toBe('drjane');
      expect(await store.influence.leaderboard({ area: 'oncology', windowDays: 365, limit: 5 })).toBeUndefined();
      expect((await store.influence.accountScores(bob)).map((s) => [s.windowDays, s.area, s.rank])).toEqual([[90, 'oncology', 2], [90, 'cardiology', 1]].sort((a, b) => (a[2] as number) - (b[2] as number)));
      expect((await store.influence.accountScores(pat)).map((s) => [s.windowDays, s.rank])).toEqual([[30, 1], [90, 3]]);
      expect(await store.influence.boards(90)).toEqual([
        { area: 'cardiology', country: '', population: 'all', accounts: 1 },
        { area: 'oncology', country: '', population: 'all', accounts: 3 },
        { area: 'oncology', country: '', population: 'hcp', accounts: 1 },
        { area: 'oncology', country: 'US', population: 'all', accounts: 1 },
      ]);
      expect((await store.influence.runs()).map((r) => r.windowDays)).toEqual([30, 90, 90]);
      expect((await store.influence.runs({ windowDays: 90, limit: 1 }))[0]!.id).toBe(id);
    });

    it('scores a person, not an account: linked accounts are one node, engagement with either counts once', async () => {
      await write([
        accountEvent({ platform: 'bluesky', nativeId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane Doe', followersCount: 300 }),
        postEvent({ platform: 'bluesky', nativeId: 'b1', authorId: 'did:plc:jane', authorHandle: 'drjane.bsky.social',
          text: 'New melanoma data #OncTwitter', hashtags: ['OncTwitter'], createdAt: T0 + 2000 }),
        interactionEvent({ platform: 'bluesky', kind: 'repost', key: 'brt', fromAccountId: 'u3', toAccountId: 'did:plc:jane', postId: 'b1', at: T0 + 3000 }),
      ]);
      const asOf = T0 + DAY_MS;
      const board = async () => (await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 10 }))!.entries.map((e) => e.accountId);
      await computeInfluence(store, { windows: [90], asOf });
      expect((await board()).sort()).toEqual(expect.arrayContaining(['u1', 'did:plc:jane']));
      const x = (await store.hcp.findAccount('x', 'u1'))!;
      const bsky = (await store.hcp.findAccount('bluesky', 'did:plc:jane'))!;
      await store.hcp.saveLinkCandidates([{ a: x.ref, b: bsky.ref, confidence: 0.98, evidence: [], auto: true }], T0);
      await computeInfluence(store, { windows: [90], asOf });
      const ids = await board();
      expect(ids).toContain('u1');
      expect(ids).not.toContain('did:plc:jane');
      const [janeRow] = (await store.influence.findAccounts('did:plc:jane', 'bluesky'));
      expect(janeRow!.profileId).toBe(x.ref);
      expect((await store.influence.accountScores(janeRow!.profileId!)).some((s) => s.area === 'oncology')).toBe(true);
    });

    it('lists, for a batch of accounts, each one\'s other accounts of the same person in one order; only links that make a person count', async () => {
      await write([
        accountEvent({ platform: 'bluesky', nativeId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane Doe' }),
        accountEvent({ platform: 'mastodon', nativeId: 'https://med.social/@jane', handle: 'Jane@med.social', displayName: '' }),
        accountEvent({ platform: 'reddit', nativeId: 't2_jane', handle: 'jane_md' }),
        accountEvent({ platform: 'mastodon', nativeId: 'https://med.social/@bob', handle: 'bob@med.social' }),
        accountEvent({ nativeId: 'u5', handle: 'janealt' }),
        accountEvent({ platform: 'mastodon', nativeId: 'https://z.social/@aa', handle: 'aa@z.social', displayName: 'Jane D' }),
      ]);
      const ref = async (platform: string, id: string) => (await store.hcp.findAccount(platform, id))!.ref;
      const [x, bsky, masto, reddit, alt, bob, bobMasto, pat] = await Promise.all([ref('x', 'u1'), ref('bluesky', 'did:plc:jane'),
        ref('mastodon', 'https://med.social/@jane'), ref('reddit', 't2_jane'), ref('x', 'u5'), ref('x', 'u2'), ref('mastodon', 'https://med.social/@bob'),
        ref('x', 'u3')]);
      const masto2 = await ref('mastodon', 'https://z.social/@aa');
      expect(await store.influence.linkedAccounts([x, bob, pat])).toEqual(new Map());
      const actor = { name: 'cli:tester' };
      const account = async (r: number) => (await store.hcp.accountByRef(r))!;
      // Self-declared (auto) x ↔ bluesky, a reviewer's bluesky ↔ mastodon (so x reaches mastodon through bluesky), an account
      // linked by a reviewer and hidden since, and a mere candidate (reddit) and a rejected pair (bob) that join nobody.
      await store.hcp.saveLinkCandidates([{ a: x, b: bsky, confidence: 0.98, evidence: [], auto: true },
        { a: x, b: reddit, confidence: 0.6, evidence: [], auto: false }, { a: bob, b: bobMasto, confidence: 0.7, evidence: [], auto: false }], T0);
      await linkHcpAccounts(store.hcp, actor, await account(bsky), await account(masto), true, undefined, () => T0);
      await linkHcpAccounts(store.hcp, actor, await account(masto2), await account(masto), true, undefined, () => T0);
      await linkHcpAccounts(store.hcp, actor, await account(x), await account(alt), true, undefined, () => T0);
      await linkHcpAccounts(store.hcp, actor, await account(bob), await account(bobMasto), false, 'different people', () => T0);
      await write([{ kind: 'account-status', platform: 'x', accountId: 'u5', status: 'suspended', at: T0 + 1 }]);
      const linked = await store.influence.linkedAccounts([x, masto, bob, pat, reddit, 999_999]);
      expect([...linked.keys()].sort((a, b) => a - b)).toEqual([x, masto].sort((a, b) => a - b));
      expect(linked.get(x)).toEqual([
        { accountRowId: bsky, platform: 'bluesky', accountId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane Doe' },
        { accountRowId: masto2, platform: 'mastodon', accountId: 'https://z.social/@aa', handle: 'aa@z.social', displayName: 'Jane D' },
        { accountRowId: masto, platform: 'mastodon', accountId: 'https://med.social/@jane', handle: 'Jane@med.social' },
      ]);
      expect(linked.get(masto)!.map((a) => a.handle)).toEqual(['drjane.bsky.social', 'aa@z.social', 'drjane']);
      expect(await store.influence.linkedAccounts([])).toEqual(new Map());
      // The reviewer reverses the bluesky ↔ mastodon link: the person splits again.
      await linkHcpAccounts(store.hcp, actor, await account(masto), await account(bsky), false, 'not her', () => T0 + 1);
      const after = await store.influence.linkedAccounts([x, masto]);
      expect(after.get(x)!.map((a) => a.platform)).toEqual(['bluesky']);
      expect(after.get(masto)!.map((a) => a.handle)).toEqual(['aa@z.social']);
    });

    it('lists who an account interacts with, both directions, weighted by kind', async () => {
      const partners = await store.influence.topInteractions(await rowIdOf('drjane'), { since: 0, limit: 10 });
      expect(partners.map((p) => [p.handle, p.incoming, p.outgoing, p.weight])).toEqual([
        ['drbob', { repost: 1, reply: 1 }, { like: 1 }, 2.5],
        ['pat', { mention: 1 }, {}, 0.75],
      ]);
      expect(await store.influence.topInteractions(await rowIdOf('drjane'), { since: T0 + 2000, limit: 10 }))
        .toMatchObject([{ handle: 'drbob', incoming: { reply: 1 }, weight: 1 }]);
    });

    it('replaces a KOL list on re-import', async () => {
      const kols = [{ line: 2, name: 'Jane Doe', publications: 40, trials: 3, guidelineRoles: 1, country: 'US', area: 'oncology' },
        { line: 3, name: 'Ann Lee', publications: 5, trials: 0, guidelineRoles: 0 }];
      expect(await store.influence.importKols('asco', kols)).toBe(2);
      expect(await store.influence.importKols('asco', kols)).toBe(2);
      await store.influence.importKols('other', [kols[1]!]);
      expect(await store.influence.kols('asco')).toEqual(kols.map((k) => ({ list: 'asco', ...k })));
      expect(await store.influence.kols()).toHaveLength(3);
    });
  });

  describe(`Influence service over the store: ${name}`, () => {
    let store: Store;
    afterEach(async () => { await store.close(); });

    it('an incremental update gives the leaderboards of a full recompute', async () => {
      store = await create();
      const runId = await store.startRun(['graph']);
      const asOf = T0 + 60 * DAY_MS;
      const onc = ['OncTwitter'];
      const events = (from: number, to: number): IngestEvent[] => {
        const out: IngestEvent[] = [];
        for (let i = from; i < to; i++) {
          out.push(accountEvent({ nativeId: `a${i}`, handle: `doc${i}`, displayName: `Dr Person ${i}, MD`, bio: 'Oncologist, MD', followersCount: 10 + i }));
          for (let j = 0; j < 1 + (i % 4); j++) {
            out.push(postEvent({ nativeId: `p${i}-${j}`, authorId: `a${i}`, authorHandle: `doc${i}`, text: 'chemotherapy today', hashtags: onc,
              createdAt: T0 + (i * 7 + j) * 3_600_000 }));
          }
          for (let j = 1; j <= 3; j++) {
            const target = (i * j * 7 + 3) % Math.max(5, i);
            if (target === i) continue;
            out.push(interactionEvent({ kind: j === 1 ? 'reply' : 'repost', key: `i${i}-${j}`, fromAccountId: `a${i}`, toAccountId: `a${target}`,
              postId: `p${target}-0`, at: T0 + (i * 5 + j) * 3_600_000 }));
          }
        }
        return out;
      };
      await store.writeBatch({ runId, events: events(0, 40), quarantine: [] });
      const tuning = { tolerance: 1e-10, pushEpsilon: 1e-12 };
      const keeper = new InfluenceKeeper();
      const first = await computeInfluence(store, { windows: [90], asOf, tuning });
      keeper.engine = first.engine;
      keeper.written = new Set(first.runs.map((r) => r.runId));
      expect(first.runs[0]!.scores).toBeGreaterThan(0);
      await store.writeBatch({ runId, events: events(40, 60), quarantine: [] });
      const kept = await updateInfluence(store, { keeper });
      expect(kept).toMatchObject({ mode: 'incremental', rebuilt: false });
      expect(kept.folded.accounts).toBe(20);
      expect(kept.folded.posts).toBeGreaterThan(20);
      const boardOf = async () => (await store.influence.leaderboard({ area: 'oncology', windowDays: 90, limit: 20 }))!.entries
        .map((e) => [e.handle, e.rank]);
      const incremental = await boardOf();
      expect(incremental).toHaveLength(20);
      await computeInfluence(store, { windows: [90], asOf, tuning });
      expect(await boardOf()).toEqual(incremental);
      // A one-shot update (no kept state, the CLI) rebuilds the last run's state and folds the new rows: same board.
      await store.writeBatch({ runId, events: events(60, 70), quarantine: [] });
      const oneShot = await updateInfluence(store);
      expect(oneShot).toMatchObject({ mode: 'incremental', rebuilt: true });
      expect(oneShot.folded.posts).toBeGreaterThan(10);
      const afterOneShot = await boardOf();
      await computeInfluence(store, { windows: [90], asOf, tuning });
      expect(await boardOf()).toEqual(afterOneShot);
    });
  });
}

/**
 * Migrations from parallel branches land out of order (007 reached main before 006 did): a database that has a
 * higher version must still get a lower one when it arrives. `migrate` runs the store's migrator with the list given
 * (the real one, plus a stand-in below every real version).
 */
export function runMigrationGapContract({ name, migrate }: { name: string;
  migrate: (extra: { version: number; name: string; up: string }) => Promise<{ results: Array<{ version: number; status: string }>; has6: boolean }> }): void {
  describe(`Migration gaps: ${name}`, () => {
    it('applies a version added below the highest applied one', async () => {
      const { results, has6 } = await migrate({ version: 0, name: 'gap-stand-in', up: 'CREATE TABLE hcp_stand_in (id integer PRIMARY KEY)' });
      expect(results.find((r) => r.version === 0)).toMatchObject({ status: 'applied' });
      expect(results.find((r) => r.version === 7)).toMatchObject({ status: 'already-applied' });
      expect(has6).toBe(true);
    });
  });
}
