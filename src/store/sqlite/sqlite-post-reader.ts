/** Turns post rows into PostViews. One SELECT list, shared by every read that returns posts. */

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

export { type PostRow, toPostView } from '../post-row.js';

/** Engagement of a post, by its effective counts (the larger of reported and observed). */
export const ENGAGEMENT = `(max(coalesce(p.likes, 0), coalesce(c.likes, 0)) + max(coalesce(p.reposts, 0), coalesce(c.reposts, 0))
  + max(coalesce(p.replies, 0), coalesce(c.replies, 0)) + max(coalesce(p.quotes, 0), coalesce(c.quotes, 0)))`;
