/** Turns post rows into PostViews. One SELECT list, shared by every read that returns posts. */
import type { ProfileKind } from '../../domain/profile.js';
import type { PostView } from '../store.js';

export const POST_COLUMNS = `p.platform, p.native_id, p.text, p.title, p.lang, p.created_at, p.url, p.reply_to_id,
  p.root_id, p.quote_of_id, p.hashtags, p.mentions, p.links, p.has_media, p.visibility, p.rating, p.extra,
  max(coalesce(p.likes, 0), coalesce(c.likes, 0)) AS likes,
  max(coalesce(p.reposts, 0), coalesce(c.reposts, 0)) AS reposts,
  max(coalesce(p.replies, 0), coalesce(c.replies, 0)) AS replies,
  max(coalesce(p.quotes, 0), coalesce(c.quotes, 0)) AS quotes,
  p.views, p.score, a.handle, a.native_id AS author_native_id, a.display_name,
  (SELECT kind FROM profiles pr WHERE pr.id = a.profile_id) AS author_kind`;

/** Joins every post read needs. Hidden accounts (suspended, deactivated…) are filtered by the caller's WHERE. */
export const POST_FROM = `posts p JOIN accounts a ON a.id = p.author_id
  LEFT JOIN post_counters c ON c.platform = p.platform AND c.native_id = p.native_id`;

/** Posts of hidden accounts (suspended, deactivated, taken down) are left out of every read (R4.3). */
export const VISIBLE = `p.author_id NOT IN (SELECT id FROM accounts WHERE status <> 'active')`;

export interface PostRow {
  platform: string; native_id: string; text: string; title: string | null; lang: string | null;
  created_at: number; url: string | null; reply_to_id: string | null; root_id: string | null;
  quote_of_id: string | null; hashtags: string; mentions: string; links: string; has_media: number;
  visibility: 'public' | 'private'; rating: number | null; extra: string | null; likes: number; reposts: number;
  replies: number; quotes: number; views: number | null; score: number | null; handle: string;
  author_native_id: string; display_name: string | null; author_kind: ProfileKind | null;
}

export function toPostView(row: PostRow): PostView {
  const view: PostView = {
    platform: row.platform,
    id: row.native_id,
    text: row.text,
    author: row.handle,
    authorId: row.author_native_id,
    createdAt: new Date(row.created_at).toISOString(),
    hashtags: JSON.parse(row.hashtags) as string[],
    mentions: JSON.parse(row.mentions) as string[],
    links: JSON.parse(row.links) as string[],
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
  if (row.extra !== null) view.extra = JSON.parse(row.extra) as Record<string, string | number>;
  return view;
}
