import { describe, expect, it } from 'vitest';
import { fixtureEvents, ofKind } from '../../../test/support/read-fixture.js';
import { blueskyFormat } from './bluesky.js';

const POST = 'at://did:plc:jane/app.bsky.feed.post/3kpost1';

describe('Bluesky format', () => {
  it('reads Jetstream identity, posts with UTF-8 facets, replies, likes, reposts, edits and deletes', async () => {
    const { events, errors } = await fixtureEvents('bluesky-jetstream.ndjson', blueskyFormat);
    expect(errors).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['account', 'post', 'interaction', 'post', 'interaction', 'interaction', 'interaction',
      'post', 'interaction-delete', 'delete', 'account-status']);
    expect(ofKind(events, 'account')[0]!.account).toMatchObject({ nativeId: 'did:plc:jane', handle: 'drjane.bsky.social' });
    const [first, reply, edit] = ofKind(events, 'post').map((e) => e.post);
    expect(first).toMatchObject({ nativeId: POST, authorId: 'did:plc:jane', mentions: ['bob.bsky.social'], hashtags: ['glp1'], lang: 'de',
      url: 'https://bsky.app/profile/did:plc:jane/post/3kpost1' });
    expect(first!.editedAt).toBeUndefined();
    expect(reply).toMatchObject({ replyToId: POST, rootId: POST, replyToAuthorId: 'did:plc:jane' });
    expect(edit).toMatchObject({ nativeId: POST, text: 'Übelkeit bei Semaglutid? (edited)', editedAt: 1717251000000 });
    const interactions = ofKind(events, 'interaction').map((e) => e.interaction);
    expect(interactions.map((i) => [i.kind, i.fromAccountId, i.toAccountId, i.postId])).toEqual([
      ['mention', 'did:plc:jane', 'did:plc:bob', POST],
      ['reply', 'did:plc:bob', 'did:plc:jane', POST],
      ['like', 'did:plc:pat', 'did:plc:jane', POST],
      ['repost', 'did:plc:pat', 'did:plc:jane', POST],
    ]);
    expect(ofKind(events, 'interaction-delete')[0]).toMatchObject({ interactionKind: 'like', key: 'at://did:plc:pat/app.bsky.feed.like/3klike1' });
    expect(ofKind(events, 'delete')[0]).toMatchObject({ nativeId: 'at://did:plc:bob/app.bsky.feed.post/3kreply' });
    expect(ofKind(events, 'account-status')[0]).toMatchObject({ accountId: 'did:plc:spam', status: 'takendown' });
  });

  it('reads search pages of post views with their authors and counts', async () => {
    const { events } = await fixtureEvents('bluesky-search.json', blueskyFormat);
    expect(ofKind(events, 'account')[0]!.account).toMatchObject({ handle: 'drjane.bsky.social', displayName: 'Dr. Jane Doe', bio: 'Oncologist, MD' });
    expect(ofKind(events, 'post')[0]!.post).toMatchObject({
      authorHandle: 'drjane.bsky.social', links: ['https://example.org/trial'],
      metrics: { likes: 12, reposts: 3, replies: 1, quotes: 0 }, url: 'https://bsky.app/profile/drjane.bsky.social/post/3kview',
    });
  });
});
