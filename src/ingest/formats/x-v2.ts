/**
 * X (Twitter) API v2 responses: search/timeline pages ({data, includes, meta}) as JSON
 * documents or NDJSON of pages, single-tweet stream results, bare tweet objects, and the
 * compliance stream's delete and user_delete events.
 *
 * A retweet is a repost interaction on the original, never a post. An edited tweet has a
 * new id; we key every version by the first id of edit_history_tweet_ids so edits upsert
 * onto the same post.
 */
import type { IngestEvent } from '../events.js';
import { RecordParseError } from '../record-parse-error.js';
import type { Format, RecordContext } from './format.js';
import { type Json, RecordReader, attempt, defined, isObject } from './record-reader.js';

const PLATFORM = 'x';

export const xV2Format: Format = {
  name: 'x',
  framing: 'json',
  detect(record) {
    if (!isObject(record)) return false;
    if (isObject(record.delete) || isObject(record.user_delete)) return true;
    const data = Array.isArray(record.data) ? record.data[0] : record.data;
    if (isObject(data)) return typeof data.id === 'string' && typeof data.text === 'string';
    return isTweet(record);
  },
  toEvents(record, ctx) {
    const r = RecordReader.of(record);
    if (r.has('delete')) return [tweetDelete(r.object('delete'), ctx)];
    if (r.has('user_delete')) return [userDelete(r.object('user_delete'), ctx)];
    if (!r.has('data') && isTweet(r.value)) return tweets([r], new Map(), new Map(), ctx);
    const data = r.value.data;
    const items = Array.isArray(data)
      ? r.objects('data')
      : [r.object('data')];
    if (Array.isArray(data) && items.length !== data.length) {
      return [new RecordParseError('expected every element to be a tweet object', { field: 'data' })];
    }
    const includes = r.optObject('includes');
    const users = new Map<string, RecordReader>();
    const out: Array<IngestEvent | RecordParseError> = [];
    const seenAt = pageTime(items);
    for (const user of includes?.objects('users') ?? []) {
      const event = attempt(() => userEvent(user, seenAt));
      out.push(event);
      if (!(event instanceof RecordParseError)) users.set(user.id('id'), user);
    }
    const referenced = new Map<string, RecordReader>();
    for (const tweet of includes?.objects('tweets') ?? []) {
      if (typeof tweet.value.id === 'string') referenced.set(tweet.value.id, tweet);
    }
    out.push(...tweets([...items, ...referenced.values()], users, referenced, ctx));
    return out;
  },
};

function isTweet(value: Json): boolean {
  return typeof value.id === 'string' && typeof value.text === 'string' && typeof value.author_id === 'string';
}

function tweets(
  items: RecordReader[], users: Map<string, RecordReader>, referenced: Map<string, RecordReader>, ctx: RecordContext,
): Array<IngestEvent | RecordParseError> {
  const out: Array<IngestEvent | RecordParseError> = [];
  for (const tweet of items) {
    const events = attempt(() => tweetEvents(tweet, users, referenced, ctx));
    if (events instanceof RecordParseError) out.push(events);
    else out.push(...events);
  }
  return out;
}

function tweetEvents(
  t: RecordReader, users: Map<string, RecordReader>, referenced: Map<string, RecordReader>, _ctx: RecordContext,
): IngestEvent[] {
  const id = t.id('id');
  const authorId = t.id('author_id');
  const text = t.string('text');
  const at = t.time('created_at');
  const refs = t.objects('referenced_tweets').map((ref) => ({ type: ref.optString('type'), id: ref.id('id') }));
  const authorOf = (tweetId: string) => referenced.get(tweetId)?.optString('author_id');
  const retweeted = refs.find((ref) => ref.type === 'retweeted');
  if (retweeted) {
    return [{
      kind: 'interaction',
      interaction: { platform: PLATFORM, kind: 'repost', key: id, fromAccountId: authorId, postId: retweeted.id, at,
        ...defined({ toAccountId: authorOf(retweeted.id) }) },
    }];
  }
  const history = t.array('edit_history_tweet_ids').map((e) => e.value).filter((v): v is string => typeof v === 'string');
  const nativeId = history[0] ?? id;
  const edited = history.length > 1 && nativeId !== id;
  const entities = t.optObject('entities');
  const mentions = (entities?.objects('mentions') ?? []).filter((m) => typeof m.value.username === 'string');
  const username = users.get(authorId)?.optString('username');
  const metrics = t.optObject('public_metrics');
  const replyTo = refs.find((ref) => ref.type === 'replied_to')?.id;
  const quoteOf = refs.find((ref) => ref.type === 'quoted')?.id;
  const conversation = t.optString('conversation_id');
  const replyToAuthor = t.optString('in_reply_to_user_id');
  const events: IngestEvent[] = [{
    kind: 'post',
    post: {
      platform: PLATFORM, nativeId, authorId, text, createdAt: at,
      hashtags: unique((entities?.objects('hashtags') ?? []).map((h) => h.optString('tag') ?? '').filter(Boolean)),
      mentions: unique(mentions.map((m) => m.string('username'))),
      links: unique((entities?.objects('urls') ?? []).map((u) => u.optString('expanded_url') ?? u.optString('url') ?? '').filter(Boolean)),
      hasMedia: (t.optObject('attachments')?.array('media_keys').length ?? 0) > 0,
      metrics: defined({
        likes: metrics?.optCount('like_count'), reposts: metrics?.optCount('retweet_count'),
        replies: metrics?.optCount('reply_count'), quotes: metrics?.optCount('quote_count'),
        views: metrics?.optCount('impression_count'),
      }),
      visibility: 'public',
      ...defined({
        authorHandle: username, lang: t.optString('lang'), editedAt: edited ? at : undefined,
        url: username ? `https://x.com/${username}/status/${id}` : undefined,
        replyToId: replyTo, replyToAuthorId: replyToAuthor, quoteOfId: quoteOf,
        rootId: conversation && conversation !== nativeId ? conversation : undefined,
      }),
    },
  }];
  if (replyTo) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'reply', key: nativeId, fromAccountId: authorId,
      postId: replyTo, at, ...defined({ toAccountId: replyToAuthor ?? authorOf(replyTo) }) } });
  }
  if (quoteOf) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'quote', key: nativeId, fromAccountId: authorId,
      postId: quoteOf, at, ...defined({ toAccountId: authorOf(quoteOf) }) } });
  }
  for (const m of mentions) {
    const handle = m.string('username').toLowerCase();
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'mention', key: `${nativeId}:${handle}`,
      fromAccountId: authorId, toHandle: handle, postId: nativeId, at, ...defined({ toAccountId: m.optString('id') }) } });
  }
  return events;
}

/**
 * Users carry no time of their own; the newest tweet of the page says when the page was
 * seen at the latest. Never the wall clock, which would make re-ingest change snapshots.
 */
function pageTime(items: RecordReader[]): number {
  let newest = 1;
  for (const t of items) {
    const at = typeof t.value.created_at === 'string' ? Date.parse(t.value.created_at) : Number.NaN;
    if (Number.isFinite(at) && at > newest) newest = at;
  }
  return newest;
}

function userEvent(u: RecordReader, snapshotAt: number): IngestEvent {
  const metrics = u.optObject('public_metrics');
  return {
    kind: 'account',
    account: {
      platform: PLATFORM, nativeId: u.id('id'), handle: u.id('username'), snapshotAt,
      ...defined({
        displayName: u.optString('name'), bio: u.optString('description'), location: u.optString('location'),
        url: u.optString('url') || undefined, createdAt: u.optTime('created_at'),
        followersCount: metrics?.optCount('followers_count'), followingCount: metrics?.optCount('following_count'),
        postsCount: metrics?.optCount('tweet_count'),
      }),
    },
  };
}

function tweetDelete(d: RecordReader, ctx: RecordContext): IngestEvent {
  const tweet = d.object('tweet');
  return { kind: 'delete', platform: PLATFORM, nativeId: tweet.id('id'), at: eventTime(d, ctx), reason: 'deleted at source' };
}

function userDelete(d: RecordReader, ctx: RecordContext): IngestEvent {
  return { kind: 'account-status', platform: PLATFORM, accountId: d.object('user').id('id'), status: 'deleted', at: eventTime(d, ctx) };
}

function eventTime(d: RecordReader, ctx: RecordContext): number {
  return d.optTime('event_at') ?? (d.has('timestamp_ms') ? Number(d.value.timestamp_ms) || ctx.now : ctx.now);
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.replace(/^[#@]/, '').toLowerCase()))];
}
