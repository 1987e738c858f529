/**
 * Mastodon statuses: REST responses (a status or an array of statuses) and streaming events
 * ({event: 'update' | 'status.update' | 'delete', payload}). HTML content becomes plain text.
 *
 * Ids: a status's `uri` is global while its `id` is local to the server that served it, so
 * the uri is the native id and the account's profile URL is the account's native id.
 * @NOTE replies name their parent by local id only; we keep the edge to the parent's author
 * (through the mention list) and the local id in extra, not a reply-to uri we cannot know.
 */
import type { IngestEvent } from '../events.js';
import { RecordParseError } from '../record-parse-error.js';
import type { Format, RecordContext } from './format.js';
import { htmlToText } from './html-text.js';
import { RecordReader, defined, isObject } from './record-reader.js';

const PLATFORM = 'mastodon';

export const mastodonFormat: Format = {
  name: 'mastodon',
  framing: 'json',
  detect(record) {
    if (!isObject(record)) return false;
    if (typeof record.event === 'string' && 'payload' in record) return true;
    return typeof record.id === 'string' && typeof record.content === 'string' && isObject(record.account);
  },
  toEvents(record, ctx) {
    const r = RecordReader.of(record);
    if (r.has('event')) return streamEvent(r, ctx);
    return status(r, ctx);
  },
};

function streamEvent(r: RecordReader, ctx: RecordContext): IngestEvent[] {
  const event = r.string('event');
  if (event === 'delete') {
    throw new RecordParseError(
      'a streaming delete names the status by its server-local id only, which cannot be matched to a stored status uri; ' +
      'ingest the deletion as Auscult NDJSON {"type":"delete"} with the status uri', { field: 'payload' });
  }
  if (event !== 'update' && event !== 'status.update') return [];
  let payload = r.value.payload;
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload) as unknown;
    } catch (cause) {
      throw new RecordParseError('payload is not valid JSON', { field: 'payload', cause });
    }
  }
  return status(RecordReader.of(payload, 'payload'), ctx);
}

function status(s: RecordReader, ctx: RecordContext): IngestEvent[] {
  const reblog = s.optObject('reblog');
  // The status's own time dates the account snapshot it carries (never the wall clock).
  const author = account(s.object('account'), s.optTime('edited_at') ?? s.time('created_at'));
  if (reblog) {
    const original = status(reblog, ctx);
    const originalPost = original.find((e) => e.kind === 'post');
    const subject = originalPost?.kind === 'post' ? originalPost.post : undefined;
    return [author.event, ...original, {
      kind: 'interaction',
      interaction: { platform: PLATFORM, kind: 'repost', key: s.optString('uri') ?? s.id('id'), fromAccountId: author.id,
        at: s.time('created_at'), ...defined({ postId: subject?.nativeId, toAccountId: subject?.authorId }) },
    }];
  }
  const nativeId = s.optString('uri') ?? s.id('url');
  const createdAt = s.time('created_at');
  const editedAt = s.optTime('edited_at');
  const content = htmlToText(s.string('content'));
  const spoiler = s.optString('spoiler_text');
  const mentions = s.objects('mentions').map((m) => ({
    id: m.optString('id'), url: m.optString('url'), handle: qualify(m.optString('acct') ?? m.string('username'), m.optString('url')),
  }));
  const replyAccountLocalId = s.optString('in_reply_to_account_id');
  const parentAuthor = mentions.find((m) => m.id !== undefined && m.id === replyAccountLocalId);
  const visibility = s.optString('visibility');
  const events: IngestEvent[] = [author.event, {
    kind: 'post',
    post: {
      platform: PLATFORM, nativeId, authorId: author.id, authorHandle: author.handle,
      text: spoiler ? `${spoiler}\n\n${content.text}` : content.text, createdAt,
      hashtags: [...new Set([...s.objects('tags').map((t) => (t.optString('name') ?? '').toLowerCase()), ...content.hashtags]
        .filter(Boolean))],
      mentions: mentions.map((m) => m.handle),
      links: [...new Set([...content.links, ...(s.optObject('card')?.optString('url') ? [s.object('card').string('url')] : [])])],
      hasMedia: s.array('media_attachments').length > 0,
      metrics: defined({ replies: s.optCount('replies_count'), reposts: s.optCount('reblogs_count'), likes: s.optCount('favourites_count') }),
      visibility: visibility === 'private' || visibility === 'direct' ? 'private' : 'public',
      ...defined({
        lang: s.optString('language'), url: s.optString('url'), editedAt,
        replyToAuthorId: parentAuthor?.url,
        extra: s.optString('in_reply_to_id') ? { inReplyToLocalId: s.string('in_reply_to_id') } : undefined,
      }),
    },
  }];
  const at = editedAt ?? createdAt;
  if (parentAuthor?.url) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'reply', key: nativeId, fromAccountId: author.id,
      toAccountId: parentAuthor.url, at } });
  }
  for (const m of mentions) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'mention', key: `${nativeId}:${m.handle}`,
      fromAccountId: author.id, toHandle: m.handle, postId: nativeId, at, ...defined({ toAccountId: m.url }) } });
  }
  return events;
}

function account(a: RecordReader, snapshotAt: number): { id: string; handle: string; event: IngestEvent } {
  const url = a.optString('url') ?? a.id('uri');
  const handle = qualify(a.optString('acct') ?? a.string('username'), url);
  const note = a.optString('note');
  return {
    id: url, handle,
    event: {
      kind: 'account',
      account: {
        platform: PLATFORM, nativeId: url, handle, url, snapshotAt,
        ...defined({
          displayName: a.optString('display_name') || undefined, bio: note ? htmlToText(note).text : undefined,
          followersCount: a.optCount('followers_count'), followingCount: a.optCount('following_count'),
          postsCount: a.optCount('statuses_count'), createdAt: a.optTime('created_at'),
        }),
      },
    },
  };
}

/** Local accounts' acct has no server part; add the one from their profile URL. */
function qualify(acct: string, url: string | undefined): string {
  const clean = acct.replace(/^@/, '').toLowerCase();
  if (clean.includes('@') || !url) return clean;
  try {
    return `${clean}@${new URL(url).host}`;
  } catch {
    return clean;
  }
}
