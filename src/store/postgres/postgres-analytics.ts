/** The analytics port on PostgreSQL (src/store/analytics.ts); the same answers as SQLite's, row for row. */
import type {
  Analytics, AnalyticsRange, BreakdownDimension, BreakdownRow, InteractionGraph, Thread, TopVoice, VolumeInterval, VolumePoint, VolumeSplit,
} from '../analytics.js';
import { type PostRow, toPostView } from '../post-row.js';
import type { PostView } from '../store.js';
import type { PgPool } from './postgres-database.js';
import { BUCKET, ENRICHED_DIMENSIONS, type Enriched, type Joined, SPLIT, columnDimensions } from '../analytics-dimensions.js';
import { POST_COLUMNS, POST_JOINS, VISIBLE } from './postgres-post-reader.js';
import { compilePostgresQuery } from './postgres-query-compiler.js';

const DIMENSION = columnDimensions(`split_part(p.lang, '-', 1)`);

const RESOLVED_EDGES = `SELECT i.from_account_id AS source, CASE
    WHEN i.to_account_id IS NOT NULL THEN i.to_account_id
    WHEN i.kind IN ('reply', 'quote', 'repost', 'like') THEN
      (SELECT p.author_id FROM post_keys pk JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id
        WHERE pk.platform = i.platform AND pk.native_id = i.post_native_id)
  END AS target FROM interactions i`;

export class PostgresAnalytics implements Analytics {
  constructor(private readonly pool: PgPool) {}

  async volume(range: AnalyticsRange, options: { interval: VolumeInterval; split: VolumeSplit }): Promise<VolumePoint[]> {
    const { where, params } = rangeWhere(range);
    const r = await this.pool.query<{ bucket: number; key: string; posts: number }>(`SELECT ${BUCKET[options.interval]} AS bucket,
      ${SPLIT[options.split]} AS key, count(*)::bigint AS posts FROM posts p WHERE ${where}
      GROUP BY 1, 2 ORDER BY 1, (${SPLIT[options.split]}) COLLATE "C"`, params);
    return r.rows.map((row) => ({ bucket: new Date(Number(row.bucket)).toISOString().slice(0, 10), key: row.key, posts: row.posts }));
  }

  async breakdown(range: AnalyticsRange, dimension: BreakdownDimension, limit: number): Promise<BreakdownRow[]> {
    const { where, params } = rangeWhere(range);
    params.push(limit);
    if (dimension === 'hashtag') {
      return (await this.pool.query<BreakdownRow>(`SELECT h.tag AS key, count(DISTINCT p.id)::bigint AS posts
        FROM posts p CROSS JOIN LATERAL jsonb_array_elements_text(p.hashtags) AS h(tag) WHERE ${where}
        GROUP BY h.tag ORDER BY posts DESC, h.tag COLLATE "C" LIMIT $${params.length}`, params)).rows;
    }
    if (dimension in ENRICHED_DIMENSIONS) {
      const { table, key, where: only } = ENRICHED_DIMENSIONS[dimension as Enriched];
      return (await this.pool.query<BreakdownRow>(`SELECT ${key} AS key, count(DISTINCT post_id)::bigint AS posts FROM ${table}
        WHERE ${only} AND post_id IN (SELECT p.id FROM posts p WHERE ${where})
        GROUP BY ${key} ORDER BY posts DESC, ${key} COLLATE "C" LIMIT $${params.length}`, params)).rows;
    }
    const column = DIMENSION[dimension as Exclude<BreakdownDimension, Joined>];
    return (await this.pool.query<BreakdownRow>(`SELECT ${column} AS key, count(*)::bigint AS posts FROM posts p
      WHERE ${where} GROUP BY 1 ORDER BY posts DESC, (${column}) COLLATE "C" LIMIT $${params.length}`, params)).rows;
  }

  async thread(platform: string, nativeId: string, limit = 500): Promise<Thread | undefined> {
    const post = (await this.pool.query<{ native_id: string; root_id: string | null }>(`SELECT p.native_id, p.root_id FROM post_keys pk
      JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id
      WHERE pk.platform = $1 AND pk.native_id = $2 AND ${VISIBLE}`, [platform, nativeId])).rows[0];
    if (!post) return undefined;
    const rootKey = post.root_id ?? post.native_id;
    const r = await this.pool.query<PostRow>(`WITH k AS (
        SELECT created_at, id FROM post_keys WHERE platform = $1 AND native_id = $2
        UNION SELECT created_at, id FROM posts WHERE platform = $1 AND root_id = $2
        UNION SELECT created_at, id FROM posts WHERE platform = $1 AND reply_to_id = $2)
      SELECT ${POST_COLUMNS} FROM k JOIN posts p ON p.created_at = k.created_at AND p.id = k.id ${POST_JOINS}
      WHERE ${VISIBLE} ORDER BY p.created_at, p.id LIMIT $3`, [platform, rootKey, limit]);
    const posts = r.rows.map(toPostView);
    const root = posts.find((p) => p.id === rootKey);
    return { posts, ...(root ? { root } : {}) };
  }

  async accountPosts(platform: string, accountNativeId: string, options: { limit?: number; offset?: number } = {}): Promise<PostView[]> {
    const r = await this.pool.query<PostRow>(`SELECT ${POST_COLUMNS} FROM posts p ${POST_JOINS}
      WHERE p.author_id = (SELECT id FROM accounts WHERE platform = $1 AND native_id = $2 AND status = 'active')
      ORDER BY p.created_at DESC, p.id DESC LIMIT $3 OFFSET $4`, [platform, accountNativeId, options.limit ?? 20, options.offset ?? 0]);
    return r.rows.map(toPostView);
  }

  async topVoices(range: Omit<AnalyticsRange, 'query'>, limit: number): Promise<TopVoice[]> {
    const r = await this.pool.query<{ platform: string; native_id: string; handle: string; display_name: string | null; n: number }>(`
      SELECT a.platform, a.native_id, a.handle, a.display_name, t.n FROM (
        SELECT target, count(*)::bigint AS n FROM (${RESOLVED_EDGES} WHERE i.at >= $1 AND i.at < $2) e
        WHERE target IS NOT NULL AND target <> source GROUP BY target) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active' ORDER BY t.n DESC, a.handle COLLATE "C" LIMIT $3`,
    [range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER, limit]);
    return r.rows.map((row) => ({ platform: row.platform, id: row.native_id, handle: row.handle, interactions: row.n,
      ...(row.display_name !== null ? { displayName: row.display_name } : {}) }));
  }

  async interactionGraph(options: { nodes: number }): Promise<InteractionGraph> {
    const nodes = (await this.pool.query<{ id: number; platform: string; native_id: string; handle: string; display_name: string | null; n: number }>(
      `WITH e AS (${RESOLVED_EDGES})
      SELECT a.id, a.platform, a.native_id, a.handle, a.display_name, t.n FROM (
        SELECT target, count(*)::bigint AS n FROM e WHERE target IS NOT NULL AND target <> source GROUP BY target) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active' ORDER BY t.n DESC, a.handle COLLATE "C" LIMIT $1`, [options.nodes])).rows;
    const key = new Map(nodes.map((n) => [Number(n.id), `${n.platform}/${n.native_id}`]));
    const ids = nodes.map((n) => Number(n.id));
    const edges = (await this.pool.query<{ source: number; target: number; weight: number }>(`WITH e AS (${RESOLVED_EDGES})
      SELECT source, target, count(*)::bigint AS weight FROM e
      WHERE target <> source AND source = ANY($1::bigint[]) AND target = ANY($1::bigint[])
      GROUP BY source, target ORDER BY source, target`, [ids])).rows;
    return {
      nodes: nodes.map((n) => ({ platform: n.platform, id: n.native_id, handle: n.handle, interactions: n.n,
        ...(n.display_name !== null ? { displayName: n.display_name } : {}) })),
      edges: edges.map((e) => ({ source: key.get(Number(e.source))!, target: key.get(Number(e.target))!, weight: e.weight })),
    };
  }
}

function rangeWhere(range: AnalyticsRange): { where: string; params: unknown[] } {
  const clauses = [VISIBLE];
  const params: unknown[] = [];
  if (range.query) {
    const compiled = compilePostgresQuery(range.query);
    clauses.unshift(`(${compiled.where})`);
    params.push(...compiled.params);
  }
  if (range.from !== undefined) { params.push(range.from); clauses.push(`p.created_at >= $${params.length}`); }
  if (range.to !== undefined) { params.push(range.to); clauses.push(`p.created_at < $${params.length}`); }
  return { where: clauses.join(' AND '), params };
}
