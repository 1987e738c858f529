/**
 * The API over real HTTP on loopback, run against each store: pagination, errors, sessions,
 * tokens, the login limit, exports, deletion and hidden accounts across every read route.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_FAILURE_LIMIT } from '../../src/auth/auth-service.js';
import { enrichPending } from '../../src/enrich/enrich-posts.js';
import { linkHcpAccounts } from '../../src/hcp/registry-workflow/link-accounts.js';
import { computeInfluence } from '../../src/influence/influence-service.js';
import { Post, page } from '../../src/server/schemas.js';
import type { Store } from '../../src/store/store.js';
import { PASSWORD, type Client, type TestServer, client, login, startTestServer } from '../support/api-server.js';
import { T0, accountEvent, interactionEvent, postEvent } from '../support/factories.js';

export function runApiSuite({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`API over HTTP: ${name}`, () => {
    let store: Store;
    let server: TestServer;
    let analyst: Client;

    beforeAll(async () => {
      store = await create();
      const runId = await store.startRun(['api']);
      const events = [
        accountEvent({ nativeId: 'u1', handle: 'drjane' }), accountEvent({ nativeId: 'u2', handle: 'bob' }),
        accountEvent({ nativeId: 'u9', handle: 'gone' }),
        ...Array.from({ length: 7 }, (_, i) => postEvent({ nativeId: `p${i}`, authorId: i % 2 ? 'u1' : 'u2', text: `ozempic note ${i}`,
          createdAt: T0 + i * 3_600_000, metrics: { likes: i } })),
        postEvent({ nativeId: 'r1', authorId: 'u2', text: 'ozempic reply', createdAt: T0 + 9 * 3_600_000, replyToId: 'p1', rootId: 'p1' }),
        postEvent({ nativeId: 'del', authorId: 'u1', text: 'ozempic secret deleted', createdAt: T0 + 10 * 3_600_000, replyToId: 'p1', rootId: 'p1' }),
        postEvent({ nativeId: 'hid', authorId: 'u9', text: 'ozempic from a suspended account', createdAt: T0 + 11 * 3_600_000,
          replyToId: 'p1', rootId: 'p1', hashtags: ['hiddentag'] }),
        interactionEvent({ kind: 'repost', key: 'rt1', fromAccountId: 'u2', postId: 'p1' }),
        { kind: 'delete' as const, platform: 'x', nativeId: 'del', at: T0 + 12 * 3_600_000, reason: 'deleted-at-source' },
        { kind: 'account-status' as const, platform: 'x', accountId: 'u9', status: 'suspended' as const, at: T0 + 12 * 3_600_000 },
      ];
      await store.writeBatch({ runId, events, quarantine: [] });
      await enrichPending(store, { workers: 0 });
      server = await startTestServer(store);
      analyst = await server.as('analyst', 'ann');
    });
    afterAll(async () => {
      await server.close();
      await store.close();
    });

    it('serves an OpenAPI 3.1 document listing every route, generated from the request schemas', async () => {
      const doc = await (await fetch(`${server.url}/api/openapi.json`)).json() as { openapi: string; paths: Record<string, Record<string, {
        parameters?: Array<{ name: string; schema: { maximum?: number } }> }>> };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/posts/{platform}/{id}/thread', '/api/audit', '/api/tokens/{id}']));
      const limit = doc.paths['/api/search']!.get!.parameters!.find((p) => p.name === 'limit');
      expect(limit?.schema.maximum).toBe(200); // the same bound the validator enforces:
      const tooMany = await analyst.get('/api/search?q=ozempic&limit=201');
      expect(tooMany.status).toBe(400);
      expect(await tooMany.json()).toMatchObject({ error: { code: 'invalid_request', field: 'limit' } });
    });

    it('pages search results with a cursor, without overlap, in the documented shape', async () => {
      const seen: string[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const r = await analyst.get(`/api/search?q=ozempic&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(r.status).toBe(200);
        const body = page(Post).parse(await r.json());
        seen.push(...body.items.map((p) => p.id));
        cursor = body.nextCursor;
        pages++;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(['r1', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0']);
      const bad = await analyst.get('/api/search?q=ozempic&cursor=garbage');
      expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request', field: 'cursor' } });
    });

    it('reports a query syntax error with its field and column', async () => {
      const r = await analyst.get(`/api/search?q=${encodeURIComponent('ozempic AND (nausea OR')}`);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ error: { code: 'invalid_query', field: 'q', column: 23, message: expect.stringContaining('column 23') } });
      const unknown = await analyst.get('/api/nope');
      expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    });

    it('never returns a deleted post or a hidden account\'s post or profile, through any read route', async () => {
      const texts: string[] = [];
      const grab = async (path: string, expected = 200) => {
        const r = await analyst.get(path);
        expect(r.status, path).toBe(expected);
        texts.push(await r.text());
      };
      await grab('/api/search?q=ozempic&limit=200');
      await grab('/api/search?q=secret');
      await grab('/api/posts/x/del', 404);
      await grab('/api/posts/x/hid', 404);
      await grab('/api/posts/x/del/thread', 404);
      await grab('/api/posts/x/p1/thread');
      await grab('/api/accounts/x/u9', 404);
      await grab('/api/accounts/x/gone/posts', 404);
      await grab('/api/accounts/x/u1/posts?limit=200');
      await grab('/api/analytics/top-posts?q=ozempic&limit=200');
      await grab('/api/analytics/breakdown?dimension=hashtag');
      await grab('/api/analytics/network');
      await grab('/api/overview');
      await grab('/api/export.csv?q=ozempic');
      for (const text of texts) {
        expect(text).not.toContain('secret deleted');
        expect(text).not.toContain('suspended account');
        expect(text).not.toContain('hiddentag');
      }
      const thread = JSON.parse(texts[5]!) as { root: { id: string }; posts: Array<{ id: string }> };
      expect(thread.root.id).toBe('p1');
      expect(thread.posts.map((p) => p.id)).toEqual(['p1', 'r1']);
    });

    it('shows the enrichment: drug: queries resolve brand names, breakdowns by drug, and a visible post\'s analysis', async () => {
      const byBrand = await (await analyst.get(`/api/search?q=${encodeURIComponent('drug:wegovy')}&limit=200`)).json() as { items: Array<{ id: string }> };
      expect(byBrand.items.map((p) => p.id)).toEqual(['r1', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0']); // Wegovy is semaglutide, as Ozempic
      const drugs = await (await analyst.get('/api/analytics/breakdown?dimension=drug')).json() as { items: Array<{ key: string; posts: number }> };
      expect(drugs.items[0]).toEqual({ key: 'semaglutide', posts: 8 });
      const analysis = await analyst.get('/api/posts/x/p1/analysis');
      expect(analysis.status).toBe(200);
      expect(JSON.stringify(await analysis.json())).toContain('semaglutide');
      expect((await analyst.get('/api/posts/x/hid/analysis')).status).toBe(404);
      expect((await analyst.get('/api/posts/x/del/analysis')).status).toBe(404);
      const caps = await (await fetch(`${server.url}/api/capabilities`)).json() as Record<string, unknown>;
      expect(caps).toMatchObject({ enrichment: true, hcp: true, influence: true });
    });

    it('serves the stored DOL leaderboards by area with a rank cursor, areas, account influence and KOL overlap', async () => {
      const board = (q: string) => analyst.get(`/api/influence/leaderboard?${q}`);
      const empty = await (await board('area=diabetes_endocrinology&window=30d')).json() as { run: unknown; items: unknown[]; total: number };
      expect(empty).toMatchObject({ run: null, items: [], total: 0 });
      await computeInfluence(store, { windows: [30], asOf: T0 + 86_400_000 });
      type Board = { run: { windowDays: number; mode: string }; total: number; nextCursor: string | null;
        items: Array<{ rank: number; handle: string; components: Record<string, { normalized: number }>; segment: string; why: string }> };
      const first = await (await board('area=diabetes_endocrinology&window=30d&limit=1')).json() as Board;
      expect(first.run).toMatchObject({ windowDays: 30, mode: 'full' });
      expect(first.total).toBe(2);
      expect(first.items.map((e) => e.rank)).toEqual([1]);
      expect(Object.keys(first.items[0]!.components).sort()).toEqual(['consistency', 'engagement', 'growth', 'peer_endorsement', 'reach', 'topical_authority']);
      expect(first.items[0]!.why).toMatch(/^Ranked 1 of 2 in diabetes endocrinology over 30 days/);
      const second = await (await board(`area=diabetes_endocrinology&window=30d&limit=1&cursor=${first.nextCursor}`)).json() as Board;
      expect(second.items.map((e) => e.rank)).toEqual([2]);
      expect(second.nextCursor).toBeNull();
      expect(new Set([first.items[0]!.handle, second.items[0]!.handle])).toEqual(new Set(['drjane', 'bob']));
      expect((await (await board('area=diabetes_endocrinology&window=90d')).json() as Board).run).toBeNull();
      const bad = await board('area=astrology');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request', field: 'area' } });
      const areas = await (await analyst.get('/api/influence/areas?window=30d')).json() as { windows: number[]; areas: Array<{ area: string; accounts: number }> };
      expect(areas.windows).toEqual([30]);
      expect(areas.areas).toContainEqual(expect.objectContaining({ area: 'diabetes_endocrinology', accounts: 2 }));
      const profile = await analyst.get('/api/influence/accounts/x/u1?window=30d');
      expect(profile.status).toBe(200);
      const p = await profile.json() as { account: { handle: string; id: string }; analysis: { kind: string }; scores: Array<{ area: string }>;
        interactions: unknown[]; topPosts: Array<{ id: string }> };
      expect(p.account).toMatchObject({ handle: 'drjane', id: 'u1' });
      expect(p.scores.map((x) => x.area)).toContain('diabetes_endocrinology');
      expect(p.topPosts.length).toBeGreaterThan(0);
      expect(JSON.stringify(p)).not.toContain('rowId');
      expect((await analyst.get('/api/influence/accounts/x/u9')).status).toBe(404);
      const overlap = await (await analyst.get('/api/influence/kol-overlap?area=diabetes_endocrinology&window=30d')).json() as { kolsConsidered: number; dolsConsidered: number };
      expect(overlap).toMatchObject({ kolsConsidered: 0 });
      const csv = 'name,publications,trials,guideline roles,area\nJane Doe,120,8,2,diabetes_endocrinology\nZeb Quartermaine,40,2,1,diabetes_endocrinology\nNo Count,many,1,0,diabetes_endocrinology\n';
      const imported = await analyst.send('POST', '/api/influence/kols', { list: 'ada-2024', csv });
      expect(imported.status).toBe(200);
      expect(await imported.json()).toMatchObject({ list: 'ada-2024', stored: 2, skipped: [{ line: 4 }] });
      const [entry] = await store.audit.list({ action: 'kol.import', limit: 1 });
      expect(entry).toMatchObject({ target: 'kollist:ada-2024', outcome: 'ok', details: { stored: 2, skipped: 1 } });
      const after = await (await analyst.get('/api/influence/kol-overlap?area=diabetes_endocrinology&window=30d')).json() as {
        kolsConsidered: number; both: unknown[]; kolOnly: Array<{ name: string }> };
      expect(after.kolsConsidered).toBe(2);
      expect(after.both.length + after.kolOnly.length).toBe(2);
      expect(after.kolOnly.map((k) => k.name)).toContain('Zeb Quartermaine');
      const noNames = await analyst.send('POST', '/api/influence/kols', { list: 'x', csv: 'nothing,useful\n1,2\n' });
      expect(noNames.status).toBe(400);
      expect(await noNames.json()).toMatchObject({ error: { code: 'invalid_request', field: 'csv' } });
    });


    it('shows each leaderboard entry\'s other linked accounts (alsoOn), documented in the OpenAPI schema', async () => {
      const runId = await store.startRun(['api-links']);
      await store.writeBatch({ runId, quarantine: [], events: [
        accountEvent({ platform: 'reddit', nativeId: 't2_jane', handle: 'jane_md', displayName: '' }),
        accountEvent({ platform: 'bluesky', nativeId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane (Bluesky)' }),
      ] });
      const account = async (platform: string, id: string) => (await store.hcp.findAccount(platform, id))!;
      const jane = await account('x', 'u1');
      for (const other of [await account('reddit', 't2_jane'), await account('bluesky', 'did:plc:jane')]) {
        await linkHcpAccounts(store.hcp, { name: 'cli:test' }, jane, other, true);
      }
      await computeInfluence(store, { windows: [30], asOf: T0 + 86_400_000 });
      type Entry = { handle: string; alsoOn: Array<Record<string, string>> };
      const board = await (await analyst.get('/api/influence/leaderboard?area=diabetes_endocrinology&window=30d')).json() as { items: Entry[] };
      const byHandle = new Map(board.items.map((e) => [e.handle, e.alsoOn]));
      expect(byHandle.get('drjane')).toEqual([
        { platform: 'bluesky', accountId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane (Bluesky)' },
        { platform: 'reddit', accountId: 't2_jane', handle: 'jane_md' },
      ]);
      expect(byHandle.get('bob')).toEqual([]);
      expect(JSON.stringify(board)).not.toContain('RowId');
      const doc = await (await fetch(`${server.url}/api/openapi.json`)).json() as { components: { schemas: Record<string, {
        properties: Record<string, { type?: string; items?: { $ref?: string } }> }> } };
      expect(doc.components.schemas.DolLeaderboardEntry!.properties.alsoOn).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/LinkedAccount' } });
      expect(Object.keys(doc.components.schemas.LinkedAccount!.properties).sort()).toEqual(['accountId', 'displayName', 'handle', 'platform']);
    });
    it('exports CSV and audits the export with the file\'s SHA-256', async () => {
      const r = await analyst.get('/api/export.csv?q=ozempic&limit=5');
      expect(r.headers.get('content-type')).toContain('text/csv');
      const csv = await r.text();
      expect(csv.split('\n')[0]).toMatch(/^platform,id,createdAt,author/);
      const digest = createHash('sha256').update(csv).digest('hex');
      expect(r.headers.get('x-content-sha256')).toBe(digest);
      const [entry] = await store.audit.list({ action: 'export.csv', limit: 1 });
      expect(entry).toMatchObject({ actor: 'ann', outcome: 'ok', details: { rows: 5, sha256: digest } });
    });

    it('sets the session cookie HttpOnly and SameSite=Lax, ends idle sessions, and logs out', async () => {
      const r = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ann', password: PASSWORD }) });
      const cookie = r.headers.getSetCookie()[0]!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      const c = client(server.url, 'ann', analyst.userId, cookie.split(';')[0]!);
      expect((await c.get('/api/auth/me')).status).toBe(200);
      server.clock.now += server.auth.settings.idleMs + 1;
      expect((await c.get('/api/auth/me')).status).toBe(401);
      // Every session idled out with that jump of the clock: the analyst signs in again for the tests that follow.
      analyst = client(server.url, 'ann', analyst.userId, await login(server.url, 'ann', PASSWORD));
      const fresh = client(server.url, 'ann', analyst.userId, await login(server.url, 'ann', PASSWORD));
      expect((await fresh.send('POST', '/api/auth/logout')).status).toBe(200);
      expect((await fresh.get('/api/auth/me')).status).toBe(401);
    });

    it('behind TLS (--secure-cookies) marks the cookie Secure and sends HSTS; always sends the security headers', async () => {
      const tls = await startTestServer(store, { secureCookies: true });
      try {
        await tls.auth.addUser({ name: 'test' }, { username: 'tls-user', role: 'viewer', password: PASSWORD });
        const r = await fetch(`${tls.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'tls-user', password: PASSWORD }) });
        expect(r.headers.getSetCookie()[0]).toMatch(/; Secure/);
        expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      } finally {
        await tls.close();
      }
      const plain = await fetch(`${server.url}/api/health`);
      expect(plain.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
      expect(plain.headers.get('cache-control')).toBe('no-store');
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    });

    it('refuses a cross-site write carried by a session cookie', async () => {
      const r = await analyst.send('POST', '/api/saved-queries', { name: 'x', query: 'ozempic' }, { origin: 'https://evil.example' });
      expect(r.status).toBe(403);
      expect(await r.json()).toMatchObject({ error: { code: 'csrf_rejected' } });
      const same = await analyst.send('POST', '/api/saved-queries', { name: 'x', query: 'ozempic' }, { origin: server.url });
      expect(same.status).toBe(200);
    });

    it('API tokens: hashed at rest, read scope cannot write, revoked tokens stop at once', async () => {
      const created = await analyst.send('POST', '/api/tokens', { name: 'script', scope: 'read' });
      const { token, record } = await created.json() as { token: string; record: { id: number; prefix: string } };
      expect(token).toMatch(/^ausc_/);
      expect(token.startsWith(record.prefix)).toBe(true);
      const dump = JSON.stringify(await store.auth.listTokens());
      expect(dump).not.toContain(token.slice(12));
      const bot = client(server.url, 'ann', analyst.userId, token, 'bearer');
      expect((await bot.get('/api/search?q=ozempic')).status).toBe(200);
      expect((await bot.send('POST', '/api/saved-queries', { name: 'x', query: 'ozempic' })).status).toBe(403);
      expect((await bot.send('POST', '/api/tokens', { name: 'more' })).status).toBe(403);
      expect((await analyst.send('DELETE', `/api/tokens/${record.id}`)).status).toBe(200);
      const after = await bot.get('/api/search?q=ozempic');
      expect(after.status).toBe(401);
      expect(await after.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    });

    it(`refuses the ${LOGIN_FAILURE_LIMIT + 1}st login after ${LOGIN_FAILURE_LIMIT} failures in an hour, even with the right password`, async () => {
      await server.auth.addUser({ name: 'test' }, { username: 'target', role: 'viewer', password: PASSWORD });
      const attempt = (password: string) => fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'target', password }) });
      for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) {
        const r = await attempt(`wrong password ${i}`);
        expect(r.status).toBe(401);
      }
      const blocked = await attempt(PASSWORD);
      expect(blocked.status).toBe(429);
      expect(await blocked.json()).toMatchObject({ error: { code: 'rate_limited' } });
      expect((await store.audit.list({ action: 'auth.login', limit: 1 }))[0]).toMatchObject({ outcome: 'denied', reason: expect.stringMatching(/too many/) });
      server.clock.now += 3_600_001;
      expect((await attempt(PASSWORD)).status).toBe(200);
    });

    it('refuses an address that fails too many logins across accounts (password spraying)', async () => {
      const spray = await startTestServer(store, { ipFailureLimit: 5 });
      try {
        const attempt = (username: string, password: string) => fetch(`${spray.url}/api/auth/login`, { method: 'POST',
          headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
        for (let i = 0; i < 5; i++) expect((await attempt(`someone${i}`, 'guess guess guess')).status).toBe(401);
        const blocked = await attempt('ann', PASSWORD);
        expect(blocked.status).toBe(429);
        expect(await blocked.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.stringContaining('address') } });
      } finally {
        await spray.close();
      }
    });

    it('rejects weak passwords with the field named, and keeps the audit chain intact through all of this', async () => {
      const admin = await server.as('admin');
      const weak = await admin.send('POST', '/api/users', { username: 'weakling', role: 'viewer', password: 'password1234' }, { origin: server.url });
      expect(weak.status).toBe(400);
      expect(await weak.json()).toMatchObject({ error: { code: 'invalid_request', field: 'password' } });
      const short = await admin.send('POST', '/api/users', { username: 'weakling', role: 'viewer', password: 'short' });
      expect(await short.json()).toMatchObject({ error: { field: 'password', message: expect.stringContaining('12') } });
      const verify = await (await admin.get('/api/audit/verify')).json() as { ok: boolean; entries: number };
      expect(verify.ok).toBe(true);
      expect(verify.entries).toBeGreaterThan(LOGIN_FAILURE_LIMIT);
      const audit = await (await admin.get('/api/audit?limit=500')).text();
      expect(audit).not.toContain(PASSWORD);
      expect(audit).not.toContain('wrong password 7');
    });
  });
}

