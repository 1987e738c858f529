import { describe, expect, it } from 'vitest';
import { fixtureEvents, ofKind } from '../../../test/support/read-fixture.js';
import { xV2Format } from './x-v2.js';

describe('X API v2 format', () => {
  it('turns a page into accounts, posts and interactions; a retweet is a repost, not a post', async () => {
    const { events, errors } = await fixtureEvents('x-page.json', xV2Format);
    expect(ofKind(events, 'account').map((e) => e.account.handle)).toEqual(['drjane', 'DrBob', 'patient_pat']);
    const jane = ofKind(events, 'account')[0]!.account;
    expect(jane).toMatchObject({ nativeId: '111', bio: 'Medical oncologist. Views my own. #OncTwitter', followersCount: 12000,
      snapshotAt: Date.parse('2024-06-01T14:20:00.000Z') });
    const posts = ofKind(events, 'post').map((e) => e.post);
    expect(posts.map((p) => p.nativeId)).toEqual(['1790000000000000001', '1790000000000000002', '1790000000000000008', '1790000000000000001']);
    expect(posts[0]).toMatchObject({
      authorId: '111', authorHandle: 'drjane', hashtags: ['asco24'], mentions: ['drbob'], links: ['https://example.org/abstract/42'],
      hasMedia: true, metrics: { likes: 40, reposts: 5, replies: 2, quotes: 1, views: 900 }, lang: 'en',
      url: 'https://x.com/drjane/status/1790000000000000001',
    });
    expect(posts[1]).toMatchObject({ replyToId: '1790000000000000001', replyToAuthorId: '111', rootId: '1790000000000000001' });
    expect(posts[2]).toMatchObject({ editedAt: Date.parse('2024-06-01T14:20:00.000Z'), text: 'Edited: OS and PFS curves are striking' });
    const interactions = ofKind(events, 'interaction').map((e) => e.interaction);
    expect(interactions.map((i) => [i.kind, i.key, i.fromAccountId, i.toAccountId ?? i.toHandle, i.postId])).toEqual([
      ['mention', '1790000000000000001:drbob', '111', '222', '1790000000000000001'],
      ['reply', '1790000000000000002', '222', '111', '1790000000000000001'],
      ['mention', '1790000000000000002:drjane', '222', '111', '1790000000000000002'],
      ['repost', '1790000000000000003', '333', '111', '1790000000000000001'],
    ]);
    expect(errors.map((e) => e.field)).toEqual(['data[4].author_id']);
  });

  it('reads compliance deletes and user deletes', async () => {
    const { events } = await fixtureEvents('x-compliance.ndjson', xV2Format);
    expect(events).toEqual([
      { kind: 'delete', platform: 'x', nativeId: '1790000000000000002', at: Date.parse('2024-06-02T00:00:00.000Z'), reason: 'deleted at source' },
      { kind: 'account-status', platform: 'x', accountId: '333', status: 'deleted', at: Date.parse('2024-06-03T00:00:00.000Z') },
    ]);
  });
});
