/**
 * Reddit: submissions and comments as in the public dump archives (one JSON object per
 * line), and Reddit API listings ({kind: 'Listing', data: {children}}, or the two-listing
 * array of a thread).
 *
 * Ids are fullnames (t3_ submissions, t1_ comments). Dumps rarely carry account ids, so the
 * username is the account's native id. A "[deleted]" or "[removed]" body is a deletion.
 */
import type { IngestEvent } from '../events.js';
import type { RecordParseError } from '../record-parse-error.js';
import type { Format, RecordContext } from './format.js';
import { RecordReader, attempt, defined, hashtagsIn, isObject } from './record-reader.js';

const PLATFORM = 'reddit';
const GONE = new Set(['[deleted]', '[removed]']);
const USER_MENTION = /(?:^|[^\w/])\/?u\/([A-Za-z0-9_-]{3,20})/g;

export const redditFormat: Format = {
  name: 'reddit',
  framing: 'json',
  detect(record) {
    if (!isObject(record)) return false;
    if (record.kind === 'Listing' && isObject(record.data)) return true;
    if (record.kind === 't1' || record.kind === 't3') return isObject(record.data);
    return typeof record.subreddit === 'string' && (typeof record.body === 'string' || typeof record.title === 'string');
  },
  toEvents(record, ctx) {
    const r = RecordReader.of(record);
    if (r.value.kind === 'Listing') return listing(r, ctx);
    if (r.value.kind === 't1' || r.value.kind === 't3') return thing(r.object('data'), r.value.kind, ctx);
    return thing(r, r.has('title') && !r.has('body') ? 't3' : 't1', ctx);
  },
};

function listing(r: RecordReader, ctx: RecordContext): Array<IngestEvent | RecordParseError> {
  const out: Array<IngestEvent | RecordParseError> = [];
  for (const child of r.object('data').objects('children')) {
    const kind = child.optString('kind');
    if (kind !== 't1' && kind !== 't3') continue;
    const events = attempt(() => thing(child.object('data'), kind, ctx));
    if (Array.isArray(events)) {
      out.push(...events);
      // Threads nest replies as listings inside comments.
      const replies = child.object('data').value.replies;
      if (isObject(replies)) out.push(...listing(new RecordReader(replies, `${child.path}.data.replies`), ctx));
    } else {
      out.push(events);
    }
  }
  return out;
}

function thing(t: RecordReader, kind: 't1' | 't3', _ctx: RecordContext): IngestEvent[] {
  const id = t.id('id');
  const nativeId = id.startsWith(`${kind}_`) ? id : `${kind}_${id}`;
  const text = kind === 't3' ? (t.optString('selftext') ?? '') : t.string('body');
  const createdAt = t.time('created_utc', 's');
  if (GONE.has(text.trim())) {
    return [{ kind: 'delete', platform: PLATFORM, nativeId, at: createdAt,
      reason: text.trim() === '[removed]' ? 'removed at source' : 'deleted at source' }];
  }
  const author = t.optString('author');
  // An author deleted their account but the text survives: keep the text under an anonymous stub.
  const handle = !author || GONE.has(author) ? '[deleted]' : author;
  const authorId = handle.toLowerCase();
  const title = kind === 't3' ? t.string('title') : undefined;
  const parent = t.optString('parent_id');
  const linkId = t.optString('link_id');
  const url = t.optString('url');
  const permalink = t.optString('permalink');
  const edited = typeof t.value.edited === 'number' ? t.value.edited * 1000 : undefined;
  const subreddit = t.optString('subreddit');
  const mentions = [...new Set([...`${title ?? ''} ${text}`.matchAll(USER_MENTION)].map((m) => m[1]!.toLowerCase()))];
  const links = kind === 't3' && url && !t.value.is_self && !url.includes('/comments/') ? [url] : [];
  const events: IngestEvent[] = [{
    kind: 'post',
    post: {
      platform: PLATFORM, nativeId, authorId, authorHandle: handle, text, createdAt,
      hashtags: hashtagsIn(`${title ?? ''} ${text}`), mentions, links,
      metrics: defined({ score: t.optNumber('score'), replies: t.optCount('num_comments') }),
      visibility: 'public',
      ...defined({
        title, editedAt: edited, url: permalink ? `https://www.reddit.com${permalink}` : undefined,
        replyToId: kind === 't1' ? parent : undefined,
        rootId: kind === 't1' ? linkId : undefined,
        hasMedia: t.value.is_video === true || /\.(jpg|jpeg|png|gif|mp4)$/i.test(url ?? '') || undefined,
        extra: subreddit ? { subreddit } : undefined,
      }),
    },
  }];
  if (kind === 't1' && parent) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'reply', key: nativeId, fromAccountId: authorId,
      postId: parent, at: createdAt } });
  }
  for (const handle of mentions) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'mention', key: `${nativeId}:${handle}`,
      fromAccountId: authorId, toAccountId: handle, toHandle: handle, postId: nativeId, at: createdAt } });
  }
  return events;
}
