/**
 * Turns a post row into a PostView, for every store. Lists and extras arrive as JSON text
 * (SQLite) or already parsed (PostgreSQL jsonb); flags as 0/1.
 */
import type { ProfileKind } from '../domain/profile.js';
import type { PostView } from './store.js';

export interface PostRow {
  platform: string; native_id: string; text: string; title: string | null; lang: string | null;
  created_at: number; url: string | null; reply_to_id: string | null; root_id: string | null;
  quote_of_id: string | null; hashtags: string | string[]; mentions: string | string[]; links: string | string[];
  has_media: number; visibility: 'public' | 'private'; rating: number | null;
  extra: string | Record<string, string | number> | null; likes: number; reposts: number;
  replies: number; quotes: number; views: number | null; score: number | null; handle: string;
  author_native_id: string; display_name: string | null; author_kind: ProfileKind | null;
}

const json = <T>(value: string | T): T => (typeof value === 'string' ? JSON.parse(value) as T : value);

export function toPostView(row: PostRow): PostView {
  const view: PostView = {
    platform: row.platform,
    id: row.native_id,
    text: row.text,
    author: row.handle,
    authorId: row.author_native_id,
    createdAt: new Date(row.created_at).toISOString(),
    hashtags: json<string[]>(row.hashtags),
    mentions: json<string[]>(row.mentions),
    links: json<string[]>(row.links),
    hasMedia: row.has_media === 1,
    metrics: { likes: row.likes, reposts: row.reposts, replies: row.replies, quotes: row.quotes },
    visibility: row.visibility,
  };
  if (row.title !== null) view.title = row.title;
  if (row.display_name !== null) view.authorName = row.display_name;
  if (row.author_kind !== null) view.authorKind = row.author_kind;
  if (row.lang !== null) view.lang = row.lang;
  if (row.url !== null) view.url = row.url;
  if (row.reply_to_id !== null) view.replyToId = row.reply_to_id;
  if (row.root_id !== null) view.rootId = row.root_id;
  if (row.quote_of_id !== null) view.quoteOfId = row.quote_of_id;
  if (row.views !== null) view.metrics.views = row.views;
  if (row.score !== null) view.metrics.score = row.score;
  if (row.rating !== null) view.rating = row.rating;
  if (row.extra !== null) view.extra = json<Record<string, string | number>>(row.extra);
  return view;
}
