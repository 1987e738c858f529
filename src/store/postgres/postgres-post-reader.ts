/** The SELECT list, joins and visibility rule shared by every PostgreSQL read that returns posts. */
export const POST_COLUMNS = `p.platform, p.native_id, p.text, p.title, p.lang, p.created_at, p.url, p.reply_to_id,
  p.root_id, p.quote_of_id, p.hashtags, p.mentions, p.links, p.has_media, p.visibility, p.rating, p.extra,
  greatest(coalesce(p.likes, 0), coalesce(c.likes, 0)) AS likes,
  greatest(coalesce(p.reposts, 0), coalesce(c.reposts, 0)) AS reposts,
  greatest(coalesce(p.replies, 0), coalesce(c.replies, 0)) AS replies,
  greatest(coalesce(p.quotes, 0), coalesce(c.quotes, 0)) AS quotes,
  p.views, p.score, a.handle, a.native_id AS author_native_id, a.display_name,
  (SELECT kind FROM profiles pr WHERE pr.id = a.profile_id) AS author_kind`;

export const POST_JOINS = `JOIN accounts a ON a.id = p.author_id
  LEFT JOIN post_counters c ON c.platform = p.platform AND c.native_id = p.native_id`;

/**
 * Posts of hidden accounts (suspended, deactivated, taken down) are left out of every read (R4.3).
 * @NOTE an anti-join probe of the small partial index accounts_hidden: NOT IN (subquery) would be
 * evaluated once per partition.
 */
export const VISIBLE = `NOT EXISTS (SELECT 1 FROM accounts hidden WHERE hidden.id = p.author_id AND hidden.status <> 'active')`;

export const ENGAGEMENT = `(greatest(coalesce(p.likes, 0), coalesce(c.likes, 0)) + greatest(coalesce(p.reposts, 0), coalesce(c.reposts, 0))
  + greatest(coalesce(p.replies, 0), coalesce(c.replies, 0)) + greatest(coalesce(p.quotes, 0), coalesce(c.quotes, 0)))`;
