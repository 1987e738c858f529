/**
 * Digital Opinion Leaders over the API: the stored leaderboards (area, country, window, HCPs only, key cursor by
 * rank; each entry with the person's other linked accounts), the areas that have boards, an account's scores with its top interactions, and the KOL ↔ DOL overlap.
 * Scores are computed by `auscult influence compute|update`, the demo, or the worker's influence job; these routes
 * only read them.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { parseKolCsv } from '../../graph/kol.js';
import { AppError } from '../../app-error.js';
import { AREA_IDS } from '../../graph/areas.js';
import { COMPONENTS } from '../../graph/dol-score.js';
import type { LinkedAccount } from '../../influence/influence-store.js';
import { accountInfluence, kolOverlap, personLeaderboard, resolveAccounts } from '../../influence/influence-views.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { type ApiModule, defineRoute } from '../route.js';
import { Post } from '../schemas.js';

const Area = z.enum(AREA_IDS).meta({ description: 'therapy area id (src/graph/areas.ts)' });
const WindowDays = z.string().max(6).regex(/^\d{1,4}d?$/, 'a number of days such as 90d').default('90d')
  .transform((w) => Number(w.replace(/d$/, ''))).meta({ description: 'window of the scores: 30d, 90d or 365d' });
const Flag = z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1');

const Component = z.object({ raw: z.number(), normalized: z.number(), weight: z.number() });
const Run = z.object({
  id: z.number(), mode: z.enum(['full', 'incremental']), windowDays: z.number(), asOf: z.number(), accounts: z.number(), posts: z.number(),
  interactions: z.number(), scores: z.number(), startedAt: z.number(), finishedAt: z.number(),
}).meta({ id: 'InfluenceRun' });
const Score = z.object({
  rank: z.number(), percentile: z.number(), score: z.number(), area: z.string(), country: z.string(), population: z.enum(['all', 'hcp']),
  windowDays: z.number(), platform: z.string(), accountId: z.string(), handle: z.string(), displayName: z.string().optional(),
  followers: z.number().optional(), hcpStatus: z.number().meta({ description: '0 none, 1 detected candidate, 2 verified' }),
  components: z.object(Object.fromEntries(COMPONENTS.map((c) => [c, Component])) as Record<(typeof COMPONENTS)[number], typeof Component>),
  segment: z.enum(['creator', 'engager', 'consumer']), why: z.string(),
}).meta({ id: 'DolScore' });
const AlsoOn = z.object({ platform: z.string(), accountId: z.string(), handle: z.string(), displayName: z.string().optional() })
  .meta({ id: 'LinkedAccount', description: 'another account of the same person (an identity link a reviewer confirmed, or one the person declared)' });
const LeaderboardEntry = Score.extend({
  alsoOn: z.array(AlsoOn).meta({ description: 'the person\'s other linked accounts, by platform then handle; empty for an account linked to none' }),
}).meta({ id: 'DolLeaderboardEntry' });
const Partner = z.object({
  platform: z.string(), accountId: z.string(), handle: z.string(), displayName: z.string().optional(), weight: z.number(),
  incoming: z.record(z.string(), z.number()), outgoing: z.record(z.string(), z.number()),
});

const publicScore = ({ runId: _r, accountRowId: _a, asOf: _o, ...rest }: { runId: number; accountRowId: number; asOf: number } & z.input<typeof Score>) => rest;
const publicLinked = ({ accountRowId: _a, ...rest }: LinkedAccount) => rest;
const publicRun = ({ options: _o, postWatermark: _p, interactionWatermark: _i, ...rest }: z.input<typeof Run> & { options: unknown; postWatermark: number; interactionWatermark: number }) => rest;

export const influenceModule: ApiModule = {
  name: 'influence',
  capability: 'influence',
  routes: [
    defineRoute({
      method: 'get', path: '/api/influence/leaderboard', tag: 'influence', access: { permission: 'data:read' },
      summary: 'Digital Opinion Leader leaderboard of a therapy area (optionally one country, HCPs only), by rank, with the six score components, segment, why, and the person\'s other linked accounts (alsoOn).',
      query: z.object({
        area: Area.default('oncology'), country: z.string().max(3).optional().transform((c) => c?.toUpperCase()), window: WindowDays,
        hcpOnly: Flag, limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(200).optional(),
      }),
      response: z.object({ area: z.string(), country: z.string().nullable(), windowDays: z.number(), hcpOnly: z.boolean(),
        run: Run.nullable().meta({ description: 'null when no run of this window is stored yet' }), total: z.number(),
        items: z.array(LeaderboardEntry), nextCursor: z.string().nullable() }),
      handler: async ({ query, store }) => {
        const afterRank = decodeCursor(query.cursor, 'o') ?? 0;
        const board = await personLeaderboard(store, { area: query.area, windowDays: query.window, limit: query.limit, afterRank,
          ...(query.country ? { country: query.country } : {}), ...(query.hcpOnly ? { hcpOnly: true } : {}) });
        const items = board?.entries ?? [];
        const last = items.at(-1)?.rank ?? afterRank;
        return {
          area: query.area, country: query.country ?? null, windowDays: query.window, hcpOnly: query.hcpOnly,
          run: board ? publicRun(board.run) : null, total: board?.total ?? 0,
          items: items.map(({ alsoOn, ...e }) => ({ ...publicScore(e), alsoOn: alsoOn.map(publicLinked) })),
          nextCursor: board && last < board.total && items.length === query.limit ? encodeCursor({ o: last }) : null,
        };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/influence/areas', tag: 'influence', access: { permission: 'data:read' },
      summary: 'Therapy areas with a stored leaderboard in the window, with the countries ranked and how many accounts each board holds.',
      query: z.object({ window: WindowDays }),
      response: z.object({ windowDays: z.number(), run: Run.nullable(), windows: z.array(z.number()),
        areas: z.array(z.object({ area: z.string(), accounts: z.number(), hcps: z.number(), countries: z.array(z.object({ country: z.string(), accounts: z.number() })) })) }),
      handler: async ({ query, store }) => {
        const [run] = await store.influence.runs({ windowDays: query.window, limit: 1 });
        const boards = await store.influence.boards(query.window);
        const windows = [...new Set((await store.influence.runs({ limit: 200 })).map((r) => r.windowDays))].sort((a, b) => a - b);
        const areas = AREA_IDS.filter((a) => boards.some((b) => b.area === a)).map((area) => {
          const of = boards.filter((b) => b.area === area);
          return {
            area, accounts: of.find((b) => b.country === '' && b.population === 'all')?.accounts ?? 0,
            hcps: of.find((b) => b.country === '' && b.population === 'hcp')?.accounts ?? 0,
            countries: of.filter((b) => b.country !== '' && b.population === 'all').map((b) => ({ country: b.country, accounts: b.accounts }))
              .sort((a, b) => b.accounts - a.accounts),
          };
        });
        return { windowDays: query.window, run: run ? publicRun(run) : null, windows, areas };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/influence/accounts/:platform/:id', tag: 'influence', access: { permission: 'data:read' },
      summary: 'An account\'s influence: profile analysis with evidence, DOL scores per area, who it interacts with (both directions, weighted) and its top posts.',
      params: z.object({ platform: z.string().min(1).max(40), id: z.string().min(1).max(300) }),
      query: z.object({ window: WindowDays }),
      response: z.object({
        account: z.object({ platform: z.string(), id: z.string(), handle: z.string(), displayName: z.string().optional(), bio: z.string().optional(),
          location: z.string().optional(), url: z.string().optional(), followers: z.number().optional() }),
        analysis: z.object({ kind: z.string(), country: z.string().nullable(), areas: z.array(z.string()),
          hcp: z.object({ probability: z.number(), type: z.string().nullable(), specialties: z.array(z.string()), credentials: z.array(z.string()) }).passthrough(),
          evidence: z.array(z.object({ rule: z.string(), supports: z.string(), field: z.string(), text: z.string().optional(), weight: z.number().optional() }).passthrough()),
        }).passthrough(),
        windowDays: z.number(), scores: z.array(Score), interactions: z.array(Partner), topPosts: z.array(Post),
        verification: z.object({ status: z.string(), type: z.string().optional(), specialty: z.string().optional(), country: z.string().optional(),
          at: z.string() }).nullable().meta({ description: 'the reviewers\' current decision; the decisions themselves are under /api/hcp (hcp:review)' }),
        linkedAccounts: z.array(z.object({ platform: z.string(), id: z.string(), handle: z.string(), status: z.enum(['auto', 'confirmed']) })),
      }),
      handler: async ({ params, query, store }) => {
        const [account] = await resolveAccounts(store, `${params.platform}:${params.id}`);
        if (!account || account.platform !== params.platform) throw new AppError('not_found', `no account ${params.platform}/${params.id}`, 'id');
        const p = await accountInfluence(store, account, { windowDays: query.window });
        const { rowId: _r, nativeId, ...rest } = p.account;
        const { verification, ...shown } = p;
        const state = verification.state;
        return { ...shown, account: { ...rest, id: nativeId }, scores: p.scores.map(publicScore),
          interactions: p.interactions.map(({ accountRowId: _a, ...i }) => i),
          verification: state ? { status: state.status, ...(state.type ? { type: state.type } : {}), ...(state.specialty ? { specialty: state.specialty } : {}),
            ...(state.country ? { country: state.country } : {}), at: state.at } : null,
          linkedAccounts: verification.links.flatMap((l) => {
            if (l.status !== 'auto' && l.status !== 'confirmed') return [];
            const other = l.a.platform === p.account.platform && l.a.accountId === nativeId ? l.b : l.a;
            return [{ platform: other.platform, id: other.accountId, handle: other.handle, status: l.status }];
          }) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/influence/kol-overlap', tag: 'influence', access: { permission: 'data:read' },
      summary: 'Imported KOLs (auscult kol import) against the area\'s DOLs among HCPs: KOLs who are DOLs, KOLs with no online presence, digital-only DOLs.',
      query: z.object({ area: Area, window: WindowDays, list: z.string().max(200).optional(), top: z.coerce.number().int().min(1).max(1000).default(100) }),
      response: z.object({
        area: z.string(), windowDays: z.number(), overlap: z.number(), kolsConsidered: z.number(), dolsConsidered: z.number(),
        both: z.array(z.object({ kol: z.object({ name: z.string() }).passthrough(), dol: z.object({ name: z.string(), rank: z.number(), score: z.number() }),
          nameScore: z.number() })),
        kolOnly: z.array(z.object({ name: z.string(), publications: z.number(), trials: z.number(), guidelineRoles: z.number() }).passthrough()),
        dolOnly: z.array(z.object({ name: z.string(), rank: z.number(), score: z.number() })),
      }),
      handler: async ({ query, store }) => {
        const report = await kolOverlap(store, { area: query.area, windowDays: query.window, top: query.top, ...(query.list ? { list: query.list } : {}) });
        const dol = (d: { name: string; rank: number; score: number }) => ({ name: d.name, rank: d.rank, score: d.score });
        return {
          area: query.area, windowDays: query.window, overlap: report.overlap, kolsConsidered: report.kolsConsidered, dolsConsidered: report.dolsConsidered,
          both: report.both.map((m) => ({ kol: m.kol, dol: dol(m.dol), nameScore: m.nameScore })), kolOnly: report.kolOnly, dolOnly: report.dolOnly.map(dol),
        };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/influence/kols', tag: 'influence', access: { permission: 'kols:write' },
      summary: 'Import a KOL list from CSV text (name, publications, trials, guideline roles; optional country, area, id, specialty). A list of the same name is replaced; bad rows are skipped and reported by line. Audited.',
      body: z.object({ list: z.string().trim().min(1).max(100), csv: z.string().min(1).max(900_000) }),
      response: z.object({ list: z.string(), stored: z.number(), skipped: z.array(z.object({ line: z.number(), reason: z.string() })) }),
      handler: async ({ body, store, auth, actor }) => {
        let parsed;
        try { parsed = await parseKolCsv(Readable.from([body.csv])); } catch (e) { throw new AppError('invalid_request', (e as Error).message, 'csv'); }
        const stored = await store.influence.importKols(body.list, parsed.kols);
        const skipped = parsed.errors.map((e) => ({ line: e.line, reason: e.message }));
        await auth.audit(actor, { action: 'kol.import', target: `kollist:${body.list}`, outcome: 'ok', details: { stored, skipped: skipped.length } });
        return { list: body.list, stored, skipped };
      },
    }),
  ],
};
