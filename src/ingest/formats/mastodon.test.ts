import { describe, expect, it } from 'vitest';
import { fixtureEvents, ofKind } from '../../../test/support/read-fixture.js';
import { RecordParseError } from '../record-parse-error.js';
import { htmlToText } from './html-text.js';
import { mastodonFormat } from './mastodon.js';

const JANE_POST = 'https://med-mastodon.com/users/drjane/statuses/112500000000000001';

describe('Mastodon format', () => {
  it('turns HTML statuses into text with links, tags and mentions; a boost is a repost', async () => {
    const { events, errors } = await fixtureEvents('mastodon-statuses.json', mastodonFormat);
    expect(errors).toEqual([]);
    const posts = ofKind(events, 'post').map((e) => e.post);
    expect(posts.map((p) => p.nativeId)).toEqual([JANE_POST, 'https://mastodon.social/users/carer/statuses/999', JANE_POST]);
    expect(posts[0]).toMatchObject({
      text: 'Lecanemab & ARIA: what we tell families. #Alzheimers\nRead: https://example.org/aria-guide',
      hashtags: ['alzheimers'], links: ['https://example.org/aria-guide'], authorId: 'https://med-mastodon.com/@drjane',
      authorHandle: 'drjane@med-mastodon.com', metrics: { replies: 1, reposts: 2, likes: 9 },
    });
    expect(posts[1]).toMatchObject({ text: '@drjane thank you, this helps my mum', mentions: ['drjane@med-mastodon.com'], hasMedia: true,
      replyToAuthorId: 'https://med-mastodon.com/@drjane', extra: { inReplyToLocalId: '112500000000000001' } });
    const interactions = ofKind(events, 'interaction').map((e) => e.interaction);
    expect(interactions.map((i) => [i.kind, i.fromAccountId, i.toAccountId, i.postId])).toEqual([
      ['reply', 'https://mastodon.social/@carer', 'https://med-mastodon.com/@drjane', undefined],
      ['mention', 'https://mastodon.social/@carer', 'https://med-mastodon.com/@drjane', 'https://mastodon.social/users/carer/statuses/999'],
      ['repost', 'https://fediscience.org/@prof', 'https://med-mastodon.com/@drjane', JANE_POST],
    ]);
    expect(ofKind(events, 'account')[0]!.account).toMatchObject({ bio: 'Neurologist & dementia researcher', followersCount: 900 });
  });

  it('reads streaming updates and explains why a streaming delete cannot be applied', () => {
    const status = { id: '1', uri: 'https://a.example/users/x/statuses/1', created_at: '2024-01-01T00:00:00Z', content: '<p>hi</p>',
      account: { id: '9', username: 'x', acct: 'x', url: 'https://a.example/@x' } };
    const events = mastodonFormat.toEvents({ event: 'update', payload: JSON.stringify(status) }, { file: 'f', line: 1, now: 0 });
    expect(ofKind(events as never, 'post')).toHaveLength(1);
    expect(() => mastodonFormat.toEvents({ event: 'delete', payload: '1' }, { file: 'f', line: 2, now: 0 })).toThrow(RecordParseError);
  });

  it('htmlToText keeps paragraphs, decodes entities and separates mention and hashtag links', () => {
    expect(htmlToText('<p>a &lt;b&gt;</p><p>c<br/>d</p>').text).toBe('a <b>\n\nc\nd');
    const parsed = htmlToText('<p><a href="https://x.example/@u" class="u-url mention">@<span>u</span></a> see <a href="https://e.org/x">e.org/x</a></p>');
    expect(parsed).toMatchObject({ mentionUrls: ['https://x.example/@u'], links: ['https://e.org/x'] });
  });
});
