/** Drug reviews in the layout of the public drug-review sets, HTML entities and all. */
import { join } from 'node:path';
import type { DemoAccount } from '../generators/accounts.js';
import { type DemoPost, type PlatformWriter, type PublishedPost } from './demo-post.js';
import { OutputFile } from './output-file.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ReviewFields { drug: string; condition: string; rating: number; useful: number }

export class ReviewsWriter implements PlatformWriter {
  readonly format = 'csv:drug-reviews-uci';
  private readonly file: OutputFile;
  private posts = 0;
  private readonly path: string;

  constructor(dir: string, private readonly fields: (post: DemoPost) => ReviewFields) {
    this.path = join(dir, 'drug-reviews.csv');
    this.file = new OutputFile(this.path, false);
    void this.file.write('uniqueID,drugName,condition,review,rating,date,usefulCount\n');
  }

  async writePost(post: DemoPost): Promise<PublishedPost> {
    const id = String(200_000 + this.posts++);
    const f = this.fields(post);
    const d = new Date(post.at);
    const date = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    // The public sets wrap reviews in quotes and encode apostrophes as &#039;.
    const review = `"${post.text.replace(/'/g, '&#039;')}"`;
    await this.file.write(`${id},${csv(f.drug)},${csv(f.condition)},${csv(review)},${f.rating},${csv(date)},${f.useful}\n`);
    return { nativeId: id, localId: id, rootId: id, account: post.account, at: post.at, area: post.area, payload: null };
  }

  async writeRepost(_actor: DemoAccount, _subject: PublishedPost, _at: number): Promise<void> {}

  async close(): Promise<Array<{ path: string; posts: number }>> {
    await this.file.close();
    return [{ path: this.path, posts: this.posts }];
  }
}

function csv(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
