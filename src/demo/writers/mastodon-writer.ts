/** Mastodon REST-style JSON arrays of statuses, with HTML content, mentions, tags and boosts. */
import { join } from 'node:path';
import type { DemoAccount } from '../generators/accounts.js';
import { type DemoPost, type PlatformWriter, type PublishedPost } from './demo-post.js';
import { RotatingOutput } from './output-file.js';

export class MastodonWriter implements PlatformWriter {
  readonly format = 'mastodon';
  private readonly out: RotatingOutput;
  private seq = 0;

  constructor(dir: string) {
    this.out = new RotatingOutput((i) => join(dir, `statuses-${String(i).padStart(3, '0')}.json`), 2000, false, '[\n', '\n]\n', ',\n');
  }

  async writePost(post: DemoPost): Promise<PublishedPost> {
    const id = this.nextId(post.at);
    const a = post.account;
    const mentioned = [...(post.parent ? [post.parent.account] : []), ...post.mentions];
    const mentionHtml = mentioned.map((m) => `<span class="h-card"><a href="${m.id}" class="u-url mention">@<span>${m.handle}</span></a></span>`).join(' ');
    const tagHtml = post.hashtags.filter((t) => !post.text.toLowerCase().includes(`#${t.toLowerCase()}`))
      .map((t) => `<a href="https://${a.server}/tags/${t}" class="mention hashtag" rel="tag">#<span>${t}</span></a>`).join(' ');
    const linkHtml = post.links.map((url) => linkMarkup(url)).join(' ');
    const body = post.text.split(/(#\w+)/).map((part) => (part.startsWith('#') && part.length > 1
      ? `<a href="https://${a.server}/tags/${part.slice(1).toLowerCase()}" class="mention hashtag" rel="tag">#<span>${part.slice(1)}</span></a>`
      : escapeHtml(part))).join('');
    const content = `<p>${[mentionHtml, body, linkHtml, tagHtml].filter(Boolean).join(' ')}</p>`;
    const status = {
      id, created_at: new Date(post.at).toISOString(),
      in_reply_to_id: post.parent?.localId ?? null, in_reply_to_account_id: post.parent?.account.localId ?? null,
      sensitive: false, spoiler_text: '', visibility: 'public', language: post.lang,
      uri: `https://${a.server}/users/${a.handle}/statuses/${id}`, url: `https://${a.server}/@${a.handle}/${id}`,
      replies_count: post.metrics.replies, reblogs_count: post.metrics.reposts, favourites_count: post.metrics.likes,
      edited_at: null, content, reblog: null, account: this.account(a), media_attachments: [],
      mentions: mentioned.map((m) => ({ id: m.localId, username: m.handle, url: m.id, acct: m.server === a.server ? m.handle : `${m.handle}@${m.server}` })),
      tags: post.hashtags.map((t) => ({ name: t.toLowerCase(), url: `https://${a.server}/tags/${t.toLowerCase()}` })),
      emojis: [], card: null, poll: null,
    };
    await this.out.write(JSON.stringify(status), 1);
    return { nativeId: status.uri, localId: id, rootId: post.parent?.rootId ?? status.uri, account: a, at: post.at, area: post.area, payload: status };
  }

  async writeRepost(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void> {
    const id = this.nextId(at);
    await this.out.write(JSON.stringify({
      id, created_at: new Date(at).toISOString(), in_reply_to_id: null, in_reply_to_account_id: null, sensitive: false,
      spoiler_text: '', visibility: 'public', language: null,
      uri: `https://${actor.server}/users/${actor.handle}/statuses/${id}/activity`, url: `https://${actor.server}/@${actor.handle}/${id}`,
      replies_count: 0, reblogs_count: 0, favourites_count: 0, content: '', reblog: subject.payload, account: this.account(actor),
      media_attachments: [], mentions: [], tags: [], emojis: [],
    }), 0);
  }

  async close(): Promise<Array<{ path: string; posts: number }>> {
    await this.out.close();
    return this.out.files;
  }

  private account(a: DemoAccount) {
    return {
      id: a.localId, username: a.handle, acct: a.handle, display_name: a.person.name, locked: false, bot: a.person.kind === 'bot',
      created_at: new Date(a.createdAt).toISOString(), note: `<p>${escapeHtml(a.person.bio)}</p>`, url: a.id,
      followers_count: a.followers, following_count: a.following, statuses_count: Math.floor(a.followers / 4) + 5,
    };
  }

  private nextId(at: number): string {
    this.seq = (this.seq + 1) % 65536;
    return (BigInt(at) * 65536n + BigInt(this.seq)).toString();
  }
}

/** Mastodon shortens long links with invisible spans around the visible middle. */
function linkMarkup(url: string): string {
  const [, scheme, rest] = /^(https?:\/\/)(.*)$/.exec(url) ?? ['', '', url];
  const visible = rest!.slice(0, 30);
  const hidden = rest!.slice(30);
  return `<a href="${url}" target="_blank" rel="nofollow noopener noreferrer"><span class="invisible">${scheme}</span>` +
    `<span class="${hidden ? 'ellipsis' : ''}">${escapeHtml(visible)}</span><span class="invisible">${escapeHtml(hidden)}</span></a>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
