/**
 * Bluesky: Jetstream events (commit create/update/delete of posts, reposts, likes and
 * follows; identity and account events) and post views with their author, as returned by
 * app.bsky.feed.searchPosts ({posts: [...]}) and feed endpoints ({feed: [{post}]}).
 *
 * Post ids are at-uris, author ids DIDs. Jetstream commits carry no handle: the store keeps
 * a stub named by the DID until an identity event or a post view names it.
 */
import type { IngestEvent } from '../events.js';
import type { RecordParseError } from '../record-parse-error.js';
import type { Format, RecordContext } from './format.js';
import { RecordReader, attempt, defined, isObject } from './record-reader.js';

const PLATFORM = 'bluesky';
const POST = 'app.bsky.feed.post';

export const blueskyFormat: Format = {
  name: 'bluesky',
  framing: 'json',
  detect(record) {
    if (!isObject(record)) return false;
    if (typeof record.did === 'string' && typeof record.kind === 'string' && 'time_us' in record) return true;
    if (Array.isArray(record.posts) || Array.isArray(record.feed)) {
      const first = Array.isArray(record.posts) ? record.posts[0] : (record.feed as unknown[])[0];
      return isObject(first) && (isPostView(first) || (isObject(first.post) && isPostView(first.post)));
    }
    return isPostView(record);
  },
  toEvents(record, ctx) {
    const r = RecordReader.of(record);
    if (r.has('did') && r.has('kind')) return jetstream(r, ctx);
    if (r.has('posts') || r.has('feed')) {
      const views = r.has('posts') ? r.objects('posts') : r.objects('feed').filter((f) => f.has('post')).map((f) => f.object('post'));
      return views.flatMap((view): Array<IngestEvent | RecordParseError> => {
        const events = attempt(() => postView(view));
        return Array.isArray(events) ? events : [events];
      });
    }
    return postView(r);
  },
};

function isPostView(value: Record<string, unknown>): boolean {
  return typeof value.uri === 'string' && value.uri.startsWith('at://') && isObject(value.author) && isObject(value.record);
}

function jetstream(e: RecordReader, _ctx: RecordContext): Array<IngestEvent | RecordParseError> {
  const did = e.id('did');
  const at = Math.floor((e.optNumber('time_us') ?? 0) / 1000);
  const kind = e.string('kind');
  if (kind === 'identity') {
    const identity = e.object('identity');
    const handle = identity.optString('handle');
    return handle ? [{ kind: 'account', account: { platform: PLATFORM, nativeId: did, handle, snapshotAt: at } }] : [];
  }
  if (kind === 'account') {
    const account = e.object('account');
    const active = account.value.active === true;
    const status = account.optString('status');
    const known = ['deleted', 'deactivated', 'suspended', 'takendown'] as const;
    const mapped = active ? 'active' : (known as readonly string[]).includes(status ?? '') ? status as typeof known[number] : 'deactivated';
    return [{ kind: 'account-status', platform: PLATFORM, accountId: did, status: mapped, at }];
  }
  if (kind !== 'commit') return [];
  const commit = e.object('commit');
  const collection = commit.string('collection');
  const rkey = commit.id('rkey');
  const operation = commit.string('operation');
  const uri = `at://${did}/${collection}/${rkey}`;
  if (collection === POST) {
    if (operation === 'delete') return [{ kind: 'delete', platform: PLATFORM, nativeId: uri, at, reason: 'deleted at source' }];
    return postEvents(uri, did, undefined, commit.object('record'), { editedAt: operation === 'update' ? at : undefined });
  }
  const kinds: Record<string, 'repost' | 'like' | 'follow'> = {
    'app.bsky.feed.repost': 'repost', 'app.bsky.feed.like': 'like', 'app.bsky.graph.follow': 'follow',
  };
  const interactionKind = kinds[collection];
  if (!interactionKind) return [];
  if (operation === 'delete') return [{ kind: 'interaction-delete', platform: PLATFORM, interactionKind, key: uri, at }];
  const record = commit.object('record');
  const created = record.optTime('createdAt') ?? at;
  if (interactionKind === 'follow') {
    return [{ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'follow', key: uri, fromAccountId: did,
      toAccountId: record.id('subject'), at: created } }];
  }
  const subject = record.object('subject').id('uri');
  return [{ kind: 'interaction', interaction: { platform: PLATFORM, kind: interactionKind, key: uri, fromAccountId: did,
    postId: subject, at: created, ...defined({ toAccountId: didOf(subject) }) } }];
}

function postView(view: RecordReader): IngestEvent[] {
  const author = view.object('author');
  const did = author.id('did');
  const handle = author.id('handle');
  const indexedAt = view.optTime('indexedAt');
  const account: IngestEvent = {
    kind: 'account',
    account: { platform: PLATFORM, nativeId: did, handle, snapshotAt: indexedAt ?? 0,
      ...defined({ displayName: author.optString('displayName') || undefined, bio: author.optString('description') }) },
  };
  return [account, ...postEvents(view.id('uri'), did, handle, view.object('record'), {
    metrics: defined({ likes: view.optCount('likeCount'), reposts: view.optCount('repostCount'),
      replies: view.optCount('replyCount'), quotes: view.optCount('quoteCount') }),
  })];
}

function postEvents(
  uri: string, did: string, handle: string | undefined, record: RecordReader,
  extra: { editedAt?: number | undefined; metrics?: Record<string, number> },
): IngestEvent[] {
  const text = record.string('text');
  const createdAt = record.time('createdAt');
  const reply = record.optObject('reply');
  const parent = reply?.object('parent').id('uri');
  const root = reply?.object('root').id('uri');
  const facets = readFacets(text, record);
  const embed = record.optObject('embed');
  const embedType = embed?.optString('$type') ?? '';
  const quoted = embedType === 'app.bsky.embed.record' ? embed?.object('record').optString('uri')
    : embedType === 'app.bsky.embed.recordWithMedia' ? embed?.object('record').object('record').optString('uri') : undefined;
  const external = embedType === 'app.bsky.embed.external' ? embed?.object('external').optString('uri') : undefined;
  const langs = record.array('langs').map((l) => l.value).filter((l): l is string => typeof l === 'string');
  const rkey = uri.split('/').pop();
  const events: IngestEvent[] = [{
    kind: 'post',
    post: {
      platform: PLATFORM, nativeId: uri, authorId: did, text, createdAt,
      hashtags: unique([...facets.tags, ...record.array('tags').map((t) => String(t.value))]),
      mentions: unique(facets.mentions.map((m) => m.handle)),
      links: unique([...facets.links, ...(external ? [external] : [])]),
      hasMedia: /images|video|recordWithMedia/.test(embedType),
      metrics: extra.metrics ?? {},
      visibility: 'public',
      url: `https://bsky.app/profile/${handle ?? did}/post/${rkey}`,
      ...defined({ authorHandle: handle, lang: langs[0], editedAt: extra.editedAt, replyToId: parent,
        replyToAuthorId: parent ? didOf(parent) : undefined, rootId: root, quoteOfId: quoted }),
    },
  }];
  const at = extra.editedAt ?? createdAt;
  if (parent) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'reply', key: uri, fromAccountId: did,
      postId: parent, at, ...defined({ toAccountId: didOf(parent) }) } });
  }
  if (quoted) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'quote', key: uri, fromAccountId: did,
      postId: quoted, at, ...defined({ toAccountId: didOf(quoted) }) } });
  }
  for (const m of facets.mentions) {
    events.push({ kind: 'interaction', interaction: { platform: PLATFORM, kind: 'mention', key: `${uri}:${m.handle}`,
      fromAccountId: did, toHandle: m.handle, postId: uri, at, ...defined({ toAccountId: m.did }) } });
  }
  return events;
}

/** Facets index UTF-8 bytes, not UTF-16 code units: slice the encoded text. */
function readFacets(text: string, record: RecordReader) {
  const bytes = Buffer.from(text, 'utf8');
  const out = { mentions: [] as Array<{ handle: string; did?: string }>, tags: [] as string[], links: [] as string[] };
  for (const facet of record.objects('facets')) {
    const index = facet.optObject('index');
    const start = index?.optNumber('byteStart');
    const end = index?.optNumber('byteEnd');
    for (const feature of facet.objects('features')) {
      const type = feature.optString('$type');
      if (type === 'app.bsky.richtext.facet#tag' && feature.optString('tag')) out.tags.push(feature.string('tag'));
      else if (type === 'app.bsky.richtext.facet#link' && feature.optString('uri')) out.links.push(feature.string('uri'));
      else if (type === 'app.bsky.richtext.facet#mention' && start !== undefined && end !== undefined && end > start) {
        const handle = bytes.subarray(start, end).toString('utf8').replace(/^@/, '').trim().toLowerCase();
        if (handle) out.mentions.push({ handle, ...defined({ did: feature.optString('did') }) });
      }
    }
  }
  return out;
}

function didOf(uri: string): string | undefined {
  return /^at:\/\/(did:[^/]+)\//.exec(uri)?.[1];
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.replace(/^[#@]/, '').toLowerCase()).filter(Boolean))];
}
