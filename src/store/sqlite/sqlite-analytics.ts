/** The analytics port on SQLite (src/store/analytics.ts). */
import type {
  Analytics, AnalyticsRange, BreakdownDimension, BreakdownRow, InteractionGraph, Thread, TopVoice, VolumeInterval, VolumePoint, VolumeSplit,
} from '../analytics.js';
import type { PostView } from '../store.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { POST_COLUMNS, POST_FROM, VISIBLE, toPostView, type PostRow } from './sqlite-post-reader.js';
import { compileSqliteQuery } from './sqlite-query-compiler.js';
import { BUCKET, ENRICHED_DIMENSIONS, type Enriched, type Joined, SPLIT, columnDimensions } from '../analytics-dimensions.js';

const DIMENSION = columnDimensions(`CASE WHEN instr(p.lang, '-') > 0 THEN substr(p.lang, 1, instr(p.lang, '-') - 1) ELSE p.lang END`);

/** The edges of the interaction graph, an edge that names only a post credited to its author (as topAccounts does). */
const RESOLVED_EDGES = `SELECT i.from_account_id AS source, CASE
    WHEN i.to_account_id IS NOT NULL THEN i.to_account_id
    WHEN i.kind IN ('reply', 'quote', 'repost', 'like') THEN
      (SELECT p.author_id FROM posts p WHERE p.platform = i.platform AND p.native_id = i.post_native_id)
  END AS target FROM interactions i`;

export class SqliteAnalytics implements Analytics {
  constructor(private readonly db: SqliteDatabase) {}

  async volume(range: AnalyticsRange, options: { interval: VolumeInterval; split: VolumeSplit }): Promise<VolumePoint[]> {
    const { where, params } = rangeWhere(range);
    const rows = this.db.prepare(`SELECT ${BUCKET[options.interval]} AS bucket, ${SPLIT[options.split]} AS key, count(*) AS posts
      FROM posts p WHERE ${where} GROUP BY bucket, key ORDER BY bucket, key`).all(...params) as Array<{ bucket: number; key: string; posts: number }>;
    return rows.map((r) => ({ bucket: new Date(r.bucket).toISOString().slice(0, 10), key: r.key, posts: r.posts }));
  }

  async breakdown(range: AnalyticsRange, dimension: BreakdownDimension, limit: number): Promise<BreakdownRow[]> {
    const { where, params } = rangeWhere(range);
    if (dimension === 'hashtag') {
      return this.db.prepare(`SELECT j.value AS key, count(DISTINCT p.id) AS posts FROM posts p, json_each(p.hashtags) j WHERE ${where}
        GROUP BY j.value ORDER BY posts DESC, key LIMIT ?`).all(...params, limit) as BreakdownRow[];
    }
    if (dimension in ENRICHED_DIMENSIONS) {
      const { table, key, where: only } = ENRICHED_DIMENSIONS[dimension as Enriched];
      return this.db.prepare(`SELECT ${key} AS key, count(DISTINCT post_id) AS posts FROM ${table}
        WHERE ${only} AND post_id IN (SELECT p.id FROM posts p WHERE ${where})
        GROUP BY ${key} ORDER BY posts DESC, key LIMIT ?`).all(...params, limit) as BreakdownRow[];
    }
    return this.db.prepare(`SELECT ${DIMENSION[dimension as Exclude<BreakdownDimension, Joined>]} AS key, count(*) AS posts FROM posts p WHERE ${where}
      GROUP BY key ORDER BY posts DESC, key LIMIT ?`).all(...params, limit) as BreakdownRow[];
  }

  async thread(platform: string, nativeId: string, limit = 500): Promise<Thread | undefined> {
    const post = this.db.prepare(`SELECT p.native_id, p.root_id FROM posts p WHERE p.platform = ? AND p.native_id = ? AND ${VISIBLE}`)
      .get(platform, nativeId) as { native_id: string; root_id: string | null } | undefined;
    if (!post) return undefined;
    const rootKey = post.root_id ?? post.native_id;
    const rows = this.db.prepare(`SELECT ${POST_COLUMNS} FROM ${POST_FROM}
      WHERE p.platform = ? AND (p.native_id = ? OR p.root_id = ? OR p.reply_to_id = ?) AND ${VISIBLE}
      ORDER BY p.created_at, p.id LIMIT ?`).all(platform, rootKey, rootKey, rootKey, limit) as PostRow[];
    const posts = rows.map(toPostView);
    const root = posts.find((p) => p.id === rootKey);
    return { posts, ...(root ? { root } : {}) };
  }

  async accountPosts(platform: string, accountNativeId: string, options: { limit?: number; offset?: number } = {}): Promise<PostView[]> {
    const rows = this.db.prepare(`SELECT ${POST_COLUMNS} FROM ${POST_FROM}
      WHERE p.author_id = (SELECT id FROM accounts WHERE platform = ? AND native_id = ? AND status = 'active')
      ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?`)
      .all(platform, accountNativeId, options.limit ?? 20, options.offset ?? 0) as PostRow[];
    return rows.map(toPostView);
  }

  async topVoices(range: Omit<AnalyticsRange, 'query'>, limit: number): Promise<TopVoice[]> {
    const rows = this.db.prepare(`SELECT a.platform, a.native_id, a.handle, a.display_name, t.n FROM (
        SELECT target, count(*) AS n FROM (${RESOLVED_EDGES} WHERE i.at >= ? AND i.at < ?)
        WHERE target IS NOT NULL AND target <> source GROUP BY target) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active' ORDER BY t.n DESC, a.handle LIMIT ?`)
      .all(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER, limit) as
      Array<{ platform: string; native_id: string; handle: string; display_name: string | null; n: number }>;
    return rows.map((r) => ({ platform: r.platform, id: r.native_id, handle: r.handle, interactions: r.n,
      ...(r.display_name !== null ? { displayName: r.display_name } : {}) }));
  }

  async interactionGraph(options: { nodes: number }): Promise<InteractionGraph> {
    const nodes = this.db.prepare(`WITH e AS (${RESOLVED_EDGES})
      SELECT a.id, a.platform, a.native_id, a.handle, a.display_name, t.n FROM (
        SELECT target, count(*) AS n FROM e WHERE target IS NOT NULL AND target <> source GROUP BY target) t
      JOIN accounts a ON a.id = t.target WHERE a.status = 'active' ORDER BY t.n DESC, a.handle LIMIT ?`).all(options.nodes) as
      Array<{ id: number; platform: string; native_id: string; handle: string; display_name: string | null; n: number }>;
    const key = new Map(nodes.map((n) => [n.id, `${n.platform}/${n.native_id}`]));
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS graph_nodes (id INTEGER PRIMARY KEY)');
    const edges = this.db.transaction(() => {
      this.db.exec('DELETE FROM temp.graph_nodes');
      const insert = this.db.prepare('INSERT INTO temp.graph_nodes (id) VALUES (?)');
      for (const n of nodes) insert.run(n.id);
      return this.db.prepare(`WITH e AS (${RESOLVED_EDGES})
        SELECT source, target, count(*) AS weight FROM e
        WHERE target <> source AND source IN (SELECT id FROM temp.graph_nodes) AND target IN (SELECT id FROM temp.graph_nodes)
        GROUP BY source, target ORDER BY source, target`).all() as Array<{ source: number; target: number; weight: number }>;
    })();
    return {
      nodes: nodes.map((n) => ({ platform: n.platform, id: n.native_id, handle: n.handle, interactions: n.n,
        ...(n.display_name !== null ? { displayName: n.display_name } : {}) })),
      edges: edges.map((e) => ({ source: key.get(e.source)!, target: key.get(e.target)!, weight: e.weight })),
    };
  }
}

function rangeWhere(range: AnalyticsRange): { where: string; params: unknown[] } {
  const clauses = [VISIBLE];
  const params: unknown[] = [];
  if (range.query) {
    const compiled = compileSqliteQuery(range.query);
    clauses.unshift(`(${compiled.where})`);
    params.push(...compiled.params);
  }
  if (range.from !== undefined) { clauses.push('p.created_at >= ?'); params.push(range.from); }
  if (range.to !== undefined) { clauses.push('p.created_at < ?'); params.push(range.to); }
  return { where: clauses.join(' AND '), params };
}
