/** The dashboard's aggregates: overview, volume, breakdowns, top lists, network, share of voice, CSV export. */
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { PostView } from '../../store/store.js';
import { offsetPage } from '../cursor.js';
import { parseQueryParam, rangeOf, runQuery } from '../query-param.js';
import { type ApiModule, defineRoute } from '../route.js';
import {
  BreakdownRow, Dimension, Interval, PageQuery, Post, RangeQuery, RankedAccount, Spike, Split, Stats, VolumePoint, page,
} from '../schemas.js';
import { findSpikes } from '../spikes.js';
import { visibleSavedQuery } from './saved-queries.js';

const DAY = 86_400_000;
/** The Overview looks at this many days up to the newest post unless told otherwise. */
const OVERVIEW_DAYS = 30;

const TopVoice = z.object({ platform: z.string(), id: z.string(), handle: z.string(), displayName: z.string().optional(), interactions: z.number() });

const Overview = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  stats: Stats,
  volume: z.array(VolumePoint).meta({ description: 'posts per day in the window, split by author kind' }),
  topHashtags: z.array(BreakdownRow),
  topVoices: z.array(TopVoice).meta({ description: 'accounts that received the most interactions in the window' }),
  topDrugs: z.array(BreakdownRow).meta({ description: 'from the enrichment stage; empty until posts are enriched' }),
  topConditions: z.array(BreakdownRow),
  sentiment: z.array(BreakdownRow),
  spikes: z.array(Spike),
});

export const analyticsModule: ApiModule = {
  name: 'analytics',
  routes: [
    defineRoute({
      method: 'get', path: '/api/stats', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'What the database holds: posts, accounts, interactions, platforms, date range.',
      response: Stats,
      handler: async ({ store, cache }) => cache.get('stats', () => store.stats()),
    }),
    defineRoute({
      method: 'get', path: '/api/overview', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'Everything the Overview page shows in one call: volume by author kind, top hashtags and voices, recent spikes. Default window: the 30 days up to the newest post.',
      query: RangeQuery.omit({ q: true }), response: Overview,
      handler: async ({ query, store, cache }) => cache.get(`overview:${query.from ?? ''}:${query.to ?? ''}`, async () => {
        // Whole-database counts are the same for every window: shared with /api/stats through the cache.
        const stats = await cache.get('stats', () => store.stats());
        const newest = stats.lastPostAt ? Date.parse(stats.lastPostAt) : Date.now();
        const to = query.to ?? (Math.floor(newest / DAY) + 1) * DAY;
        const from = query.from ?? to - OVERVIEW_DAYS * DAY;
        const range = { from, to };
        // Spikes need a baseline before the window: look 14 days further back for it.
        const [volume, daily, topHashtags, topVoices, topDrugs, topConditions, sentiment] = await Promise.all([
          store.analytics.volume(range, { interval: 'day', split: 'authorKind' }),
          store.analytics.volume({ from: from - 14 * DAY, to }, { interval: 'day', split: 'none' }),
          store.analytics.breakdown(range, 'hashtag', 10),
          store.analytics.topVoices(range, 10),
          store.analytics.breakdown(range, 'drug', 10),
          store.analytics.breakdown(range, 'condition', 10),
          store.analytics.breakdown(range, 'sentiment', 3),
        ]);
        const spikes = findSpikes(daily.map((d) => ({ day: d.bucket, posts: d.posts }))).filter((s) => Date.parse(s.day) >= from);
        return { window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, stats, volume, topHashtags, topVoices,
          topDrugs, topConditions, sentiment, spikes };
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/volume', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'Posts per day or week matching a query, optionally split by author kind or platform.',
      query: RangeQuery.extend({ interval: Interval.default('day'), split: Split.default('none') }),
      response: z.object({ interval: Interval, split: Split, points: z.array(VolumePoint) }),
      handler: async ({ query, store }) => {
        const points = await runQuery(() => store.analytics.volume(rangeOf(query), { interval: query.interval, split: query.split }));
        return { interval: query.interval, split: query.split, points };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/breakdown', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'Posts matching a query counted by platform, language, author kind, hashtag, or (from the enrichment stage) drug, condition, reaction, sentiment or therapy area; largest first, at most `limit`.',
      query: RangeQuery.extend({ dimension: Dimension, limit: z.coerce.number().int().min(1).max(100).default(10) }),
      response: z.object({ dimension: Dimension, items: z.array(BreakdownRow) }),
      handler: async ({ query, store }) => ({
        dimension: query.dimension,
        items: await runQuery(() => store.analytics.breakdown(rangeOf(query), query.dimension, query.limit)),
      }),
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/top-posts', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'The most engaged posts matching a query (likes + reposts + replies + quotes).',
      query: RangeQuery.extend(PageQuery.shape).extend({ q: z.string().min(1).max(2000) }), response: page(Post),
      handler: async ({ query, store }) => {
        const node = parseQueryParam(query.q)!;
        return runQuery(() => offsetPage(query.cursor, query.limit, (limit, offset) => store.search(node, {
          ...(query.from !== undefined ? { from: query.from } : {}), ...(query.to !== undefined ? { to: query.to } : {}),
          limit, offset, order: 'engagement' })));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/top-accounts', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'Accounts that receive the most interactions (replies, mentions, reposts, quotes, likes).',
      query: PageQuery, response: page(RankedAccount),
      handler: async ({ query, store, cache }) => offsetPage(query.cursor, query.limit, async (limit, offset) =>
        (await cache.get(`top-accounts:${limit + offset}`, () => store.topAccounts(limit + offset))).slice(offset)),
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/network', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'The interaction graph of the most interacted-with accounts (node ids are platform/nativeId).',
      query: z.object({ nodes: z.coerce.number().int().min(2).max(10_000).default(300) }),
      response: z.object({
        nodes: z.array(z.object({ platform: z.string(), id: z.string(), handle: z.string(), displayName: z.string().optional(), interactions: z.number() })),
        edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number() })),
      }),
      handler: async ({ query, store, cache }) => cache.get(`network:${query.nodes}`, () => store.analytics.interactionGraph({ nodes: query.nodes })),
    }),
    defineRoute({
      method: 'get', path: '/api/analytics/share-of-voice', tag: 'analytics', access: { permission: 'data:read' },
      summary: 'Volume over time of several saved queries side by side (each must be yours or shared).',
      query: RangeQuery.omit({ q: true }).extend({
        ids: z.string().regex(/^\d+(,\d+){0,9}$/).meta({ description: 'comma-separated saved-query ids, at most 10' }),
        interval: Interval.default('day'),
      }),
      response: z.object({ series: z.array(z.object({ id: z.number(), name: z.string(), total: z.number(), points: z.array(VolumePoint) })) }),
      handler: async ({ query, store, user }) => {
        const series = [];
        for (const id of query.ids.split(',').map(Number)) {
          const saved = await visibleSavedQuery(store, user!, id);
          const node = parseQueryParam(saved.query, 'ids');
          const points = await runQuery(() => store.analytics.volume({ ...(node ? { query: node } : {}),
            ...(query.from !== undefined ? { from: query.from } : {}), ...(query.to !== undefined ? { to: query.to } : {}) },
          { interval: query.interval, split: 'none' }));
          series.push({ id, name: saved.name, total: points.reduce((a, p) => a + p.posts, 0), points });
        }
        return { series };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/export.csv', tag: 'export', access: { permission: 'data:export' },
      summary: 'Posts matching a query as CSV (at most 10,000 rows). Audited with the SHA-256 of the file.',
      query: RangeQuery.extend({ q: z.string().min(1).max(2000), order: z.enum(['recent', 'engagement']).default('recent'),
        limit: z.coerce.number().int().min(1).max(10_000).default(1000) }),
      response: 'csv',
      handler: async ({ query, store, auth, actor, c }) => {
        const node = parseQueryParam(query.q)!;
        const posts = await runQuery(() => store.search(node, { ...(query.from !== undefined ? { from: query.from } : {}),
          ...(query.to !== undefined ? { to: query.to } : {}), limit: query.limit, order: query.order }));
        const csv = toCsv(posts);
        const sha256 = createHash('sha256').update(csv).digest('hex');
        await auth.audit(actor, { action: 'export.csv', outcome: 'ok', target: 'posts',
          details: { query: query.q.slice(0, 200), rows: posts.length, sha256 } });
        c.header('Content-Disposition', 'attachment; filename="auscult-export.csv"');
        c.header('X-Content-SHA256', sha256);
        return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
      },
    }),
  ],
};

function toCsv(posts: PostView[]): string {
  return stringify(posts.map((p) => ({
    platform: p.platform, id: p.id, createdAt: p.createdAt, author: p.author, authorKind: p.authorKind ?? '', lang: p.lang ?? '',
    // A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it (OWASP CSV injection).
    text: neutralise(p.title ? `${p.title}\n${p.text}` : p.text), url: p.url ?? '', likes: p.metrics.likes, reposts: p.metrics.reposts,
    replies: p.metrics.replies, quotes: p.metrics.quotes, hashtags: p.hashtags.join(' '), rating: p.rating ?? '',
  })), { header: true });
}

function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

