/** X API v2 search pages, one page (up to 100 tweets with includes) per NDJSON line, gzipped. */
import { join } from 'node:path';
import type { DemoAccount } from '../generators/accounts.js';
import { type DemoPost, type PlatformWriter, type PublishedPost, withHashtags } from './demo-post.js';
import { RotatingOutput } from './output-file.js';

const TWITTER_EPOCH = 1_288_834_974_657n;

export class XWriter implements PlatformWriter {
  readonly format = 'x';
  private readonly out: RotatingOutput;
  private data: object[] = [];
  private users = new Map<string, object>();
  private included = new Map<string, object>();
  private pagePosts = 0;
  private seq = 0n;

  constructor(dir: string) {
    this.out = new RotatingOutput((i) => join(dir, `pages-${String(i).padStart(3, '0')}.ndjson.gz`), 200, true, '', '', '\n');
  }

  async writePost(post: DemoPost): Promise<PublishedPost> {
    const id = this.nextId(post.at);
    const lead = post.parent ? `@${post.parent.account.handle} ` : '';
    const text = withHashtags(lead + post.text + (post.links.length ? ` ${post.links.join(' ')}` : ''), post.hashtags);
    const mentioned = [...(post.parent ? [post.parent.account] : []), ...post.mentions];
    const tweet: Record<string, unknown> = {
      id, text, author_id: post.account.id, created_at: new Date(post.at).toISOString(), lang: post.lang,
      conversation_id: post.parent?.rootId ?? id, edit_history_tweet_ids: [id],
      entities: {
        ...(post.hashtags.length ? { hashtags: post.hashtags.map((tag) => span(text, `#${tag}`, { tag })) } : {}),
        ...(mentioned.length ? { mentions: mentioned.map((a) => span(text, `@${a.handle}`, { username: a.handle, id: a.id })) } : {}),
        ...(post.links.length ? { urls: post.links.map((url) => span(text, url, { url, expanded_url: url, display_url: url.replace(/^https?:\/\//, '') })) } : {}),
      },
      public_metrics: { retweet_count: post.metrics.reposts, reply_count: post.metrics.replies, like_count: post.metrics.likes,
        quote_count: 0, impression_count: post.metrics.views },
    };
    if (post.parent) {
      tweet.referenced_tweets = [{ type: 'replied_to', id: post.parent.localId }];
      tweet.in_reply_to_user_id = post.parent.account.id;
      this.included.set(post.parent.localId, post.parent.payload as object);
      this.addUser(post.parent.account);
    }
    this.addUser(post.account);
    await this.push(tweet, 1);
    return { nativeId: id, localId: id, rootId: post.parent?.rootId ?? id, account: post.account, at: post.at, area: post.area, payload: tweet };
  }

  async writeRepost(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void> {
    const original = subject.payload as { text: string };
    const id = this.nextId(at);
    this.addUser(actor);
    this.addUser(subject.account);
    this.included.set(subject.localId, subject.payload as object);
    await this.push({
      id, text: `RT @${subject.account.handle}: ${original.text}`.slice(0, 280), author_id: actor.id,
      created_at: new Date(at).toISOString(), referenced_tweets: [{ type: 'retweeted', id: subject.localId }],
      edit_history_tweet_ids: [id],
    }, 0);
  }

  async close(): Promise<Array<{ path: string; posts: number }>> {
    await this.flushPage();
    await this.out.close();
    return this.out.files;
  }

  private async push(tweet: object, posts: number): Promise<void> {
    this.data.push(tweet);
    this.pagePosts += posts;
    if (this.data.length >= 100) await this.flushPage();
  }

  private addUser(a: DemoAccount): void {
    if (this.users.has(a.id)) return;
    this.users.set(a.id, {
      id: a.id, username: a.handle, name: a.person.name, description: a.person.bio, location: a.person.location,
      created_at: new Date(a.createdAt).toISOString(), verified: false,
      public_metrics: { followers_count: a.followers, following_count: a.following, tweet_count: Math.floor(a.followers / 3) + 10, listed_count: 0 },
    });
  }

  private async flushPage(): Promise<void> {
    if (this.data.length === 0) return;
    const ids = this.data.map((t) => (t as { id: string }).id);
    const page = {
      data: this.data,
      includes: { users: [...this.users.values()], ...(this.included.size ? { tweets: [...this.included.values()] } : {}) },
      meta: { result_count: this.data.length, newest_id: ids[ids.length - 1], oldest_id: ids[0] },
    };
    await this.out.write(JSON.stringify(page), this.pagePosts);
    this.data = [];
    this.users = new Map();
    this.included = new Map();
    this.pagePosts = 0;
  }

  /** Snowflake-like ids: time in the high bits, so ids grow with time as real ones do. */
  private nextId(at: number): string {
    this.seq = (this.seq + 1n) % 4_194_304n;
    return ((BigInt(at) - TWITTER_EPOCH) * 4_194_304n + this.seq).toString();
  }
}

function span(text: string, needle: string, fields: Record<string, string>) {
  const start = Math.max(0, text.indexOf(needle));
  return { start, end: start + needle.length, ...fields };
}
