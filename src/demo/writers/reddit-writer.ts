/** Reddit dump records (submissions and comments) as gzipped NDJSON, with some [deleted] and [removed] bodies. */
import { join } from 'node:path';
import type { DemoAccount } from '../generators/accounts.js';
import type { Random } from '../random.js';
import { type DemoPost, type PlatformWriter, type PublishedPost } from './demo-post.js';
import { RotatingOutput } from './output-file.js';

export class RedditWriter implements PlatformWriter {
  readonly format = 'reddit';
  private readonly out: RotatingOutput;
  private seq = 0;

  constructor(dir: string, private readonly random: Random, private readonly subredditFor: (area: string) => string) {
    this.out = new RotatingOutput((i) => join(dir, `RC_RS-${String(i).padStart(3, '0')}.ndjson.gz`), 50_000, true, '', '\n', '\n');
  }

  async writePost(post: DemoPost): Promise<PublishedPost> {
    const id = (46_000_000 + this.seq++).toString(36);
    const created = Math.floor(post.at / 1000);
    const parent = post.parent;
    if (!parent) {
      const subreddit = this.subredditFor(post.area);
      const title = post.text.split(/(?<=[.?!])\s/)[0]!.slice(0, 120);
      const permalink = `/r/${subreddit}/comments/${id}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40)}/`;
      const submission = { id, title, selftext: post.text === title ? '' : post.text, author: post.account.handle, subreddit,
        created_utc: created, permalink, url: `https://www.reddit.com${permalink}`, score: post.metrics.likes,
        num_comments: post.metrics.replies, is_self: true, over_18: false };
      await this.out.write(JSON.stringify(submission), 1);
      return { nativeId: `t3_${id}`, localId: id, rootId: `t3_${id}`, account: post.account, at: post.at, area: post.area, payload: submission };
    }
    const subreddit = (parent.payload as { subreddit: string }).subreddit;
    const gone = this.random.next();
    const body = gone < 0.01 ? '[deleted]' : gone < 0.015 ? '[removed]' : post.text;
    const comment = {
      id, body, author: body === '[deleted]' ? '[deleted]' : post.account.handle, subreddit, link_id: parent.rootId,
      parent_id: parent.nativeId, created_utc: created, score: post.metrics.likes, edited: false,
      permalink: `/r/${subreddit}/comments/${parent.rootId.slice(3)}/_/${id}/`,
    };
    await this.out.write(JSON.stringify(comment), 1);
    return { nativeId: `t1_${id}`, localId: id, rootId: parent.rootId, account: post.account, at: post.at, area: post.area,
      payload: { subreddit } };
  }

  async writeRepost(_actor: DemoAccount, _subject: PublishedPost, _at: number): Promise<void> {
    // Reddit has no reposts; votes are already in the score.
  }

  async close(): Promise<Array<{ path: string; posts: number }>> {
    await this.out.close();
    return this.out.files;
  }
}
