/** Bluesky Jetstream events as NDJSON: identity events, post/repost/like commits, a few edits and deletes. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { DemoAccount } from '../generators/accounts.js';
import { type DemoPost, type PlatformWriter, type PublishedPost, withHashtags } from './demo-post.js';
import { RotatingOutput } from './output-file.js';

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

export class BlueskyWriter implements PlatformWriter {
  readonly format = 'bluesky';
  private readonly out: RotatingOutput;
  private readonly known = new Set<string>();
  private clock = 0;

  constructor(dir: string) {
    this.out = new RotatingOutput((i) => join(dir, `jetstream-${String(i).padStart(3, '0')}.ndjson`), 50_000, false, '', '\n', '\n');
  }

  async writePost(post: DemoPost): Promise<PublishedPost> {
    await this.identify(post.account, post.at);
    const mentionText = post.mentions.map((a) => `@${a.handle}`).join(' ');
    const body = [post.text, mentionText].filter(Boolean).join(' ');
    const text = withHashtags(body + (post.links.length ? ` ${post.links.join(' ')}` : ''), post.hashtags);
    const facets = [
      ...post.mentions.map((a) => facet(text, `@${a.handle}`, { $type: 'app.bsky.richtext.facet#mention', did: a.id })),
      ...post.hashtags.map((tag) => facet(text, `#${tag}`, { $type: 'app.bsky.richtext.facet#tag', tag })),
      ...post.links.map((uri) => facet(text, uri, { $type: 'app.bsky.richtext.facet#link', uri })),
    ].filter((f) => f !== undefined);
    const rkey = this.tid(post.at);
    const uri = `at://${post.account.id}/app.bsky.feed.post/${rkey}`;
    const cid = fakeCid(uri);
    const record: Record<string, unknown> = {
      $type: 'app.bsky.feed.post', text, createdAt: new Date(post.at).toISOString(), langs: [post.lang],
      ...(facets.length ? { facets } : {}),
    };
    if (post.parent) {
      const root = post.parent.rootId;
      record.reply = { root: { uri: root, cid: fakeCid(root) }, parent: { uri: post.parent.nativeId, cid: post.parent.cid } };
    }
    await this.commit(post.account.id, post.at, { operation: 'create', collection: 'app.bsky.feed.post', rkey, record, cid }, 1);
    return { nativeId: uri, localId: uri, rootId: post.parent?.rootId ?? uri, account: post.account, at: post.at, area: post.area,
      payload: record, cid };
  }

  async writeRepost(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void> {
    await this.subjectCommit('app.bsky.feed.repost', actor, subject, at);
  }

  async writeLike(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void> {
    await this.subjectCommit('app.bsky.feed.like', actor, subject, at);
  }

  async writeEdit(subject: PublishedPost, text: string, at: number): Promise<void> {
    const record = { ...(subject.payload as object), text, facets: undefined };
    await this.commit(subject.account.id, at, { operation: 'update', collection: 'app.bsky.feed.post',
      rkey: subject.nativeId.split('/').pop(), record: JSON.parse(JSON.stringify(record)), cid: fakeCid(`${subject.nativeId}#${at}`) }, 0);
  }

  async writeDelete(subject: PublishedPost, at: number): Promise<void> {
    await this.commit(subject.account.id, at, { operation: 'delete', collection: 'app.bsky.feed.post', rkey: subject.nativeId.split('/').pop() }, 0);
  }

  async close(): Promise<Array<{ path: string; posts: number }>> {
    await this.out.close();
    return this.out.files;
  }

  private async subjectCommit(collection: string, actor: DemoAccount, subject: PublishedPost, at: number): Promise<void> {
    await this.identify(actor, at);
    await this.commit(actor.id, at, { operation: 'create', collection, rkey: this.tid(at),
      record: { $type: collection, subject: { uri: subject.nativeId, cid: subject.cid }, createdAt: new Date(at).toISOString() },
      cid: fakeCid(`${actor.id}${at}${subject.nativeId}`) }, 0);
  }

  /** An account's handle reaches Jetstream consumers through an identity event. */
  private async identify(account: DemoAccount, at: number): Promise<void> {
    if (this.known.has(account.id)) return;
    this.known.add(account.id);
    await this.out.write(JSON.stringify({ did: account.id, time_us: at * 1000 - 1, kind: 'identity',
      identity: { did: account.id, handle: account.handle, seq: this.known.size, time: new Date(at).toISOString() } }), 0);
  }

  private async commit(did: string, at: number, commit: Record<string, unknown>, posts: number): Promise<void> {
    await this.out.write(JSON.stringify({ did, time_us: at * 1000 + (this.clock++ % 1000), kind: 'commit',
      commit: { rev: this.tid(at), ...commit } }), posts);
  }

  /** TID-like record keys: microseconds and a clock id in sortable base32, 13 characters. */
  private tid(at: number): string {
    let value = BigInt(at) * 1000n * 1024n + BigInt(this.clock++ % 1024);
    let out = '';
    for (let i = 0; i < 13; i++) {
      out = BASE32_SORTABLE[Number(value & 31n)] + out;
      value >>= 5n;
    }
    return out;
  }
}

/** A facet indexes UTF-8 bytes of the text. */
function facet(text: string, needle: string, feature: Record<string, string>) {
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  const byteStart = Buffer.byteLength(text.slice(0, at), 'utf8');
  return { index: { byteStart, byteEnd: byteStart + Buffer.byteLength(needle, 'utf8') }, features: [feature] };
}

function fakeCid(seed: string): string {
  return `bafyrei${createHash('sha256').update(seed).digest('hex').slice(0, 52)}`;
}
