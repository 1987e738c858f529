import { describe, expect, it } from 'vitest';
import { fixtureEvents, ofKind } from '../../../test/support/read-fixture.js';
import { redditFormat } from './reddit.js';

describe('Reddit format', () => {
  it('reads dump submissions and comments; [removed] bodies are deletions', async () => {
    const { events, errors } = await fixtureEvents('reddit-dump.ndjson', redditFormat);
    const posts = ofKind(events, 'post').map((e) => e.post);
    expect(posts.map((p) => p.nativeId)).toEqual(['t3_abc123', 't1_c1', 't1_c3']);
    expect(posts[0]).toMatchObject({ title: 'Ozempic week 3: nausea tips?', authorId: 'throwaway_t2d', mentions: ['helpful_rn'],
      extra: { subreddit: 'Ozempic' }, url: 'https://www.reddit.com/r/Ozempic/comments/abc123/ozempic_week_3/', metrics: { score: 42, replies: 2 } });
    expect(posts[1]).toMatchObject({ replyToId: 't3_abc123', rootId: 't3_abc123', hashtags: ['glp1'], createdAt: 1717251000000 });
    expect(posts[2]).toMatchObject({ editedAt: 1717260000000 });
    expect(ofKind(events, 'delete')).toEqual([{ kind: 'delete', platform: 'reddit', nativeId: 't1_c2', at: 1717252000000, reason: 'removed at source' }]);
    expect(errors.map((e) => e.field)).toEqual(['body']);
  });

  it('reads API listings, including nested replies', () => {
    const listing = { kind: 'Listing', data: { children: [
      { kind: 't1', data: { id: 'x1', body: 'top', author: 'a', subreddit: 's', link_id: 't3_p', parent_id: 't3_p', created_utc: 1,
        replies: { kind: 'Listing', data: { children: [{ kind: 't1', data: { id: 'x2', body: 'nested', author: 'b', subreddit: 's',
          link_id: 't3_p', parent_id: 't1_x1', created_utc: 2 } }] } } } },
      { kind: 'more', data: { count: 3 } },
    ] } };
    const events = redditFormat.toEvents(listing, { file: 'f', line: 1, now: 0 });
    expect(ofKind(events as never, 'post').map((e: { post: { nativeId: string } }) => e.post.nativeId)).toEqual(['t1_x1', 't1_x2']);
  });
});
