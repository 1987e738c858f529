/**
 * Random histories for the order-independence property: a small universe of accounts,
 * posts, versions, reposts, likes, replies, mentions, deletions and status changes, so that
 * the same keys collide often.
 *
 * @NOTE what the stores promise (docs/architecture.md): the data after a set of batches does
 * not depend on the order the batches were applied in. Known exceptions, kept out of the
 * generator: two different snapshots of one account with the same time; partial snapshots
 * (some fields missing) newer than a changed field; one account deleted by notices with
 * different times.
 */
import fc from 'fast-check';
import type { AccountStatus } from '../../src/domain/account.js';
import type { IngestEvent } from '../../src/ingest/events.js';
import { T0, newAccount, newPost } from '../support/factories.js';

const ACCOUNTS = ['u1', 'u2', 'u3'] as const;
const POSTS = ['p1', 'p2', 'p3', 'p4', 'p5'] as const;
const authorOf = (post: string) => ACCOUNTS[Number(post.slice(1)) % ACCOUNTS.length]!;
const handleOf = (account: string) => `h${account}`;
/** A repost or like record has one owner. */
const recordOwner = (record: string) => ACCOUNTS[Number(record.slice(1)) % ACCOUNTS.length]!;
/** A post replies to (or quotes) one post only, as on every network. */
const parentOf = (post: string) => POSTS[(Number(post.slice(1)) + 2) % POSTS.length]!;

const account = fc.record({ id: fc.constantFrom(...ACCOUNTS), bio: fc.constantFrom('a', 'b', 'c') })
  .map(({ id, bio }): IngestEvent => ({ kind: 'account', account: newAccount({
    nativeId: id, handle: handleOf(id), displayName: `name ${bio}`, bio: `bio ${bio}`, followersCount: bio.charCodeAt(0),
    snapshotAt: 0, // replaced by a unique time below
  }) }));

const post = fc.record({
  id: fc.constantFrom(...POSTS), text: fc.constantFrom('semaglutide nausea', 'nausea better now', 'asco update'),
  edited: fc.constantFrom(0, 1, 2), likes: fc.constantFrom(undefined, 3, 9),
}).map(({ id, text, edited, likes }): IngestEvent => ({ kind: 'post', post: newPost({
  nativeId: id, authorId: authorOf(id), authorHandle: handleOf(authorOf(id)), text: `${text} ${id}`,
  createdAt: T0 + Number(id.slice(1)) * 1000, ...(edited > 0 ? { editedAt: T0 + 100_000 * edited } : {}),
  hashtags: ['glp1'], mentions: [], metrics: likes === undefined ? {} : { likes },
}) }));

const edge = fc.record({
  kind: fc.constantFrom('repost', 'like', 'reply', 'mention', 'quote'),
  post: fc.constantFrom(...POSTS), source: fc.constantFrom(...POSTS), record: fc.constantFrom('r1', 'r2', 'r3'),
  to: fc.constantFrom(...ACCOUNTS),
}).map(({ kind, post: target, source, record, to }): IngestEvent => {
  const base = { platform: 'x', at: T0 + 7 };
  switch (kind) {
    case 'repost': case 'like':
      return { kind: 'interaction', interaction: { platform: base.platform, kind, key: `${kind}-${record}-${target}`, fromAccountId: recordOwner(record),
        postId: target, at: base.at } };
    case 'mention':
      return { kind: 'interaction', interaction: { platform: base.platform, kind, key: `${source}:${handleOf(to)}`,
        fromAccountId: authorOf(source), toHandle: handleOf(to), postId: source, at: base.at } };
    default:
      return { kind: 'interaction', interaction: { platform: base.platform, kind: kind as 'reply' | 'quote', key: source,
        fromAccountId: authorOf(source), postId: parentOf(source), at: base.at } };
  }
});

const deletion = fc.constantFrom(...POSTS)
  .map((id): IngestEvent => ({ kind: 'delete', platform: 'x', nativeId: id, at: T0 + 50, reason: 'deleted at source' }));

const edgeDeletion = fc.record({ kind: fc.constantFrom('repost', 'like') as fc.Arbitrary<'repost' | 'like'>,
  record: fc.constantFrom('r1', 'r2', 'r3'), post: fc.constantFrom(...POSTS) })
  .map(({ kind, record, post: target }): IngestEvent => ({ kind: 'interaction-delete', platform: 'x', interactionKind: kind,
    key: `${kind}-${record}-${target}` }));

const status = fc.record({ id: fc.constantFrom(...ACCOUNTS),
  status: fc.constantFrom<AccountStatus>('active', 'suspended', 'deactivated', 'deleted') })
  .map(({ id, status: s }): IngestEvent => ({ kind: 'account-status', platform: 'x', accountId: id, status: s, at: 0 }));

const event = fc.oneof(
  { arbitrary: post, weight: 6 }, { arbitrary: edge, weight: 6 }, { arbitrary: account, weight: 2 },
  { arbitrary: deletion, weight: 1 }, { arbitrary: edgeDeletion, weight: 1 }, { arbitrary: status, weight: 1 },
);

/** Gives every snapshot and status change its own time, as real sources do. */
function uniqueTimes(events: IngestEvent[]): IngestEvent[] {
  return events.map((e, i) => {
    if (e.kind === 'account') return { ...e, account: { ...e.account, snapshotAt: T0 + 10 * (i + 1) } };
    // One deletion time per account: repeated deletion notices with different times are a known exception.
    if (e.kind === 'account-status') return { ...e, at: e.status === 'deleted' ? T0 + 5 + Number(e.accountId.slice(1)) : T0 + 10 * (i + 1) };
    return e;
  });
}

/** Batches of a history, and a permutation to apply them in. */
export const history = fc.array(event, { minLength: 1, maxLength: 40 })
  .chain((events) => fc.record({
    events: fc.constant(uniqueTimes(events)),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, events.length - 1) }), { maxLength: 6 }),
  }))
  .map(({ events, cuts }) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b).filter((c) => c < events.length), events.length];
    const batches: IngestEvent[][] = [];
    for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i]! < bounds[i + 1]!) batches.push(events.slice(bounds[i], bounds[i + 1]));
    return batches;
  })
  .chain((batches) => fc.record({ batches: fc.constant(batches), order: fc.shuffledSubarray(batches.map((_, i) => i),
    { minLength: batches.length, maxLength: batches.length }) }));
