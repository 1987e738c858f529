import type { DemoAccount } from '../generators/accounts.js';
import type { PostLabel } from '../generators/texts.js';

/** A post the generator decided on, before a writer puts it in its network's format. */
export interface DemoPost {
  account: DemoAccount;
  at: number;
  text: string;
  hashtags: string[];
  links: string[];
  lang: string;
  parent?: PublishedPost;
  mentions: DemoAccount[];
  metrics: { likes: number; reposts: number; replies: number; views: number };
  label?: PostLabel;
  area: string;
}

/** What a writer remembers of a published post, so later replies, reposts and likes can point at it. */
export interface PublishedPost {
  nativeId: string;
  localId: string;
  rootId: string;
  account: DemoAccount;
  at: number;
  area: string;
  /** The network's own object for the post (an X tweet, a Mastodon status…), for includes and reblogs. */
  payload: unknown;
  /** Bluesky record cid. */
  cid?: string;
}

export interface PlatformWriter {
  readonly format: string;
  writePost(post: DemoPost): Promise<PublishedPost>;
  writeRepost(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void>;
  writeLike?(actor: DemoAccount, subject: PublishedPost, at: number): Promise<void>;
  writeEdit?(subject: PublishedPost, text: string, at: number): Promise<void>;
  writeDelete?(subject: PublishedPost, at: number): Promise<void>;
  close(): Promise<Array<{ path: string; posts: number }>>;
}

/** Appends hashtags that the text does not already carry. */
export function withHashtags(text: string, hashtags: string[]): string {
  const lower = text.toLowerCase();
  const missing = hashtags.filter((t) => !lower.includes(`#${t.toLowerCase()}`));
  return missing.length === 0 ? text : `${text} ${missing.map((t) => `#${t}`).join(' ')}`;
}
