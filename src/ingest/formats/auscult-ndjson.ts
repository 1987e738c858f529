/**
 * Auscult NDJSON: the format we document and publish (docs/auscult-ndjson.schema.json),
 * and the fastest way into the store.
 */
import type { IngestEvent } from '../events.js';
import { RecordParseError } from '../record-parse-error.js';
import { type AuscultRecord, auscultRecord } from './auscult-ndjson-schema.js';
import type { Format, RecordContext } from './format.js';
import { defined as optional, isObject } from './record-reader.js';

export const auscultNdjsonFormat: Format = {
  name: 'auscult',
  framing: 'json',
  detect(record) {
    return isObject(record) && record.v === 1 && typeof record.type === 'string' && typeof record.platform === 'string';
  },
  toEvents(record, ctx) {
    const parsed = auscultRecord.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new RecordParseError(issue.message, { field: issue.path.join('.') || 'type' });
    }
    return [toEvent(parsed.data, ctx)];
  },
};

function toEvent(r: AuscultRecord, ctx: RecordContext): IngestEvent {
  switch (r.type) {
    case 'post': return {
      kind: 'post',
      post: {
        platform: r.platform, nativeId: r.id, authorId: r.authorId, text: r.text, createdAt: ms(r.createdAt),
        hashtags: (r.hashtags ?? []).map((t) => t.replace(/^#/, '').toLowerCase()),
        mentions: (r.mentions ?? []).map((m) => m.replace(/^@/, '').toLowerCase()),
        links: r.links ?? [], metrics: { ...r.metrics }, visibility: r.visibility ?? 'public',
        ...optional({
          authorHandle: r.authorHandle, title: r.title, lang: r.lang, url: r.url, replyToId: r.replyToId,
          replyToAuthorId: r.replyToAuthorId, rootId: r.rootId, quoteOfId: r.quoteOfId, hasMedia: r.hasMedia,
          rating: r.rating, extra: r.extra, editedAt: r.editedAt === undefined ? undefined : ms(r.editedAt),
        }),
      },
    };
    case 'account': return {
      kind: 'account',
      account: {
        platform: r.platform, nativeId: r.id, handle: r.handle,
        // Unknown snapshot time: 1 beats a stub (0) but never a dated snapshot.
        snapshotAt: r.snapshotAt === undefined ? 1 : ms(r.snapshotAt),
        ...optional({
          displayName: r.displayName, bio: r.bio, location: r.location, url: r.url, followersCount: r.followers,
          followingCount: r.following, postsCount: r.posts, status: r.status,
          createdAt: r.createdAt === undefined ? undefined : ms(r.createdAt),
        }),
      },
    };
    case 'delete': return {
      kind: 'delete', platform: r.platform, nativeId: r.id, at: r.at === undefined ? ctx.now : ms(r.at),
      reason: r.reason ?? 'deleted at source',
    };
    case 'interaction': return {
      kind: 'interaction',
      interaction: {
        platform: r.platform, kind: r.kind, key: r.key, fromAccountId: r.from, at: ms(r.at),
        ...optional({ toAccountId: r.to, toHandle: r.toHandle?.replace(/^@/, '').toLowerCase(), postId: r.post }),
      },
    };
    case 'interaction-delete': return {
      kind: 'interaction-delete', platform: r.platform, interactionKind: r.kind, key: r.key,
      ...optional({ at: r.at === undefined ? undefined : ms(r.at) }),
    };
    case 'account-status': return { kind: 'account-status', platform: r.platform, accountId: r.id, status: r.status, at: ms(r.at) };
  }
}

/** One line of Auscult NDJSON for an event (without the newline). */
export function toAuscultNdjson(event: IngestEvent): string {
  const v = 1 as const;
  switch (event.kind) {
    case 'post': {
      const { platform, nativeId, createdAt, editedAt, ...rest } = event.post;
      return JSON.stringify({
        v, type: 'post', platform, id: nativeId, ...rest, createdAt: iso(createdAt),
        ...(editedAt !== undefined ? { editedAt: iso(editedAt) } : {}),
      });
    }
    case 'account': {
      const a = event.account;
      return JSON.stringify({
        v, type: 'account', platform: a.platform, id: a.nativeId, handle: a.handle,
        ...optional({
          displayName: a.displayName, bio: a.bio, location: a.location, url: a.url, followers: a.followersCount,
          following: a.followingCount, posts: a.postsCount, status: a.status,
          createdAt: a.createdAt === undefined ? undefined : iso(a.createdAt),
        }),
        snapshotAt: iso(a.snapshotAt),
      });
    }
    case 'delete':
      return JSON.stringify({ v, type: 'delete', platform: event.platform, id: event.nativeId, at: iso(event.at), reason: event.reason });
    case 'interaction': {
      const i = event.interaction;
      return JSON.stringify({
        v, type: 'interaction', platform: i.platform, kind: i.kind, key: i.key, from: i.fromAccountId,
        ...optional({ to: i.toAccountId, toHandle: i.toHandle, post: i.postId }), at: iso(i.at),
      });
    }
    case 'interaction-delete':
      return JSON.stringify({
        v, type: 'interaction-delete', platform: event.platform, kind: event.interactionKind, key: event.key,
        ...(event.at !== undefined ? { at: iso(event.at) } : {}),
      });
    case 'account-status':
      return JSON.stringify({ v, type: 'account-status', platform: event.platform, id: event.accountId, status: event.status, at: iso(event.at) });
  }
}

function ms(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

function iso(value: number): string {
  return new Date(value).toISOString();
}
