/**
 * Access control over every route (R5.2, ASVS v4.0.3-4.1.x/4.2.x): a hand-written table says
 * who may call each route; the test calls every route as every role (and anonymously, and with
 * a read-only token) over real HTTP and checks allowed calls pass the access check and the rest
 * get 401/403. The table must name every route the app serves, so a new route cannot slip in
 * unreviewed. Object-level checks (saved queries, tokens, sessions) follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.js';
import { enrichPending } from '../../src/enrich/enrich-posts.js';
import { createApp } from '../../src/server/app.js';
import { routeId } from '../../src/server/route.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { type Client, PASSWORD, type TestServer, client, login, startTestServer } from '../support/api-server.js';
import { accountEvent, postEvent } from '../support/factories.js';

type Who = Role | 'anonymous';
const ROLES: Role[] = ['admin', 'analyst', 'reviewer', 'viewer'];
const ALL: Who[] = ['anonymous', ...ROLES];
const SIGNED_IN = ROLES;

/** Who may call each route, with a request that exercises it. `{id}` is replaced by an object the caller may see. */
const TABLE: Record<string, { allowed: Who[]; path?: string; body?: unknown; /** Answers other than 200 that an allowed caller may get. */ status?: number[] }> = {
  'GET /api/health': { allowed: ALL },
  'GET /api/capabilities': { allowed: ALL },
  'POST /api/auth/login': { allowed: ALL, body: { username: 'nobody', password: 'x' } },
  'POST /api/auth/logout': { allowed: SIGNED_IN },
  'GET /api/auth/me': { allowed: SIGNED_IN },
  // The admin already has two-factor on (409); a made-up code is wrong (400) or there is nothing to confirm (409).
  'POST /api/auth/mfa/setup': { allowed: SIGNED_IN, status: [409] },
  'POST /api/auth/mfa/confirm': { allowed: SIGNED_IN, body: { code: '000000' }, status: [400, 409] },
  'POST /api/auth/mfa/disable': { allowed: SIGNED_IN, body: { code: '000000' }, status: [400, 409] },
  'GET /api/search': { allowed: SIGNED_IN, path: '/api/search?q=ozempic' },
  'GET /api/posts/:platform/:id': { allowed: SIGNED_IN, path: '/api/posts/x/100' },
  'GET /api/posts/:platform/:id/thread': { allowed: SIGNED_IN, path: '/api/posts/x/100/thread' },
  'GET /api/posts/:platform/:id/analysis': { allowed: SIGNED_IN, path: '/api/posts/x/100/analysis' },
  'GET /api/accounts/:platform/:id': { allowed: SIGNED_IN, path: '/api/accounts/x/u1' },
  'GET /api/accounts/:platform/:id/posts': { allowed: SIGNED_IN, path: '/api/accounts/x/u1/posts' },
  'GET /api/stats': { allowed: SIGNED_IN },
  'GET /api/overview': { allowed: SIGNED_IN },
  'GET /api/analytics/volume': { allowed: SIGNED_IN, path: '/api/analytics/volume?q=ozempic' },
  'GET /api/analytics/breakdown': { allowed: SIGNED_IN, path: '/api/analytics/breakdown?dimension=platform' },
  'GET /api/analytics/top-posts': { allowed: SIGNED_IN, path: '/api/analytics/top-posts?q=ozempic' },
  'GET /api/analytics/top-accounts': { allowed: SIGNED_IN },
  'GET /api/analytics/network': { allowed: SIGNED_IN },
  'GET /api/analytics/share-of-voice': { allowed: SIGNED_IN, path: '/api/analytics/share-of-voice?ids={shared}' },
  'GET /api/export.csv': { allowed: ['admin', 'analyst'], path: '/api/export.csv?q=ozempic' },
  'GET /api/saved-queries': { allowed: SIGNED_IN },
  'POST /api/saved-queries': { allowed: ['admin', 'analyst', 'reviewer'], body: { name: 'q', query: 'ozempic' } },
  'GET /api/saved-queries/:id': { allowed: SIGNED_IN, path: '/api/saved-queries/{shared}' },
  'PATCH /api/saved-queries/:id': { allowed: ['admin', 'analyst', 'reviewer'], path: '/api/saved-queries/{own}', body: { name: 'renamed' } },
  'DELETE /api/saved-queries/:id': { allowed: ['admin', 'analyst', 'reviewer'], path: '/api/saved-queries/{own}' },
  'GET /api/ingest/runs': { allowed: ['admin', 'analyst'] },
  'GET /api/ingest/quarantine': { allowed: ['admin', 'analyst'] },
  'GET /api/jobs': { allowed: ['admin', 'analyst'] },
  'GET /api/users': { allowed: ['admin'] },
  'POST /api/users': { allowed: ['admin'], body: { username: 'new-{n}', role: 'viewer' } },
  'PATCH /api/users/:id': { allowed: ['admin'], path: '/api/users/{victim}', body: { role: 'viewer' } },
  'POST /api/users/:id/mfa/reset': { allowed: ['admin'], path: '/api/users/{victim}/mfa/reset' },
  'GET /api/tokens': { allowed: SIGNED_IN },
  'POST /api/tokens': { allowed: SIGNED_IN, body: { name: 't' } },
  'DELETE /api/tokens/:id': { allowed: SIGNED_IN, path: '/api/tokens/{owntoken}' },
  'GET /api/audit': { allowed: ['admin', 'reviewer'] },
  'GET /api/audit/verify': { allowed: ['admin'] },
  'GET /api/influence/leaderboard': { allowed: SIGNED_IN, path: '/api/influence/leaderboard?area=oncology' },
  'GET /api/influence/areas': { allowed: SIGNED_IN },
  'GET /api/influence/accounts/:platform/:id': { allowed: SIGNED_IN, path: '/api/influence/accounts/x/u1' },
  'GET /api/influence/kol-overlap': { allowed: SIGNED_IN, path: '/api/influence/kol-overlap?area=oncology' },
  'POST /api/influence/kols': { allowed: ['admin', 'analyst'], body: { list: 'kols-{n}', csv: 'name,publications,trials,guideline roles\nA B,1,0,0\n' } },
  'GET /api/hcp/queue': { allowed: ['admin', 'reviewer'] },
  'GET /api/hcp/links': { allowed: ['admin', 'reviewer'] },
  'GET /api/hcp/accounts/:platform/:id': { allowed: ['admin', 'reviewer'], path: '/api/hcp/accounts/x/u1' },
  'GET /api/hcp/accounts/:platform/:id/history': { allowed: ['admin', 'reviewer'], path: '/api/hcp/accounts/x/u1/history' },
  'GET /api/hcp/accounts/:platform/:id/matches': { allowed: ['admin', 'reviewer'], path: '/api/hcp/accounts/x/drjane/matches' },
  'POST /api/hcp/accounts/:platform/:id/decisions': { allowed: ['admin', 'reviewer'], path: '/api/hcp/accounts/x/u1/decisions',
    body: { decision: 'needs_evidence', note: 'access check' } },
};

describe('access control over every route', () => {
  let store: Store;
  let server: TestServer;
  const clients = new Map<Role, Client>();
  let n = 0;

  beforeAll(async () => {
    store = await openSqliteStore({ path: ':memory:' });
    const runId = await store.startRun(['access']);
    await store.writeBatch({ runId, quarantine: [], events: [accountEvent(), postEvent({ text: 'ozempic and nausea' })] });
    await enrichPending(store, { workers: 0 });
    server = await startTestServer(store);
    for (const role of ROLES) clients.set(role, await server.as(role, `the-${role}`));
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('the table names every route the app serves, and nothing else', () => {
    const { routes } = createApp({ store, settings: { secureCookies: false, storeKind: 'sqlite' }, webRoot: null });
    expect(Object.keys(TABLE).sort()).toEqual(routes.map(routeId).sort());
  });

  /** Makes the objects a request names, owned by (or visible to) the caller. */
  async function fill(text: string, who: Who): Promise<string> {
    const owner = who === 'anonymous' ? clients.get('admin')! : clients.get(who)!;
    const out = text.replace('{n}', String(++n));
    if (out.includes('{shared}')) {
      const q = await store.savedQueries.create({ ownerId: clients.get('admin')!.userId, name: 's', query: 'ozempic', shared: true, now: Date.now() });
      return out.replace('{shared}', String(q.id));
    }
    if (out.includes('{own}')) {
      const q = await store.savedQueries.create({ ownerId: owner.userId, name: 'o', query: 'ozempic', shared: false, now: Date.now() });
      return out.replace('{own}', String(q.id));
    }
    if (out.includes('{owntoken}')) {
      const { record } = await server.auth.createToken({ name: 'test' }, { userId: owner.userId, name: 'x', scope: 'read' });
      return out.replace('{owntoken}', String(record.id));
    }
    if (out.includes('{victim}')) {
      const { user } = await server.auth.addUser({ name: 'test' }, { username: `victim-${n}`, role: 'analyst', password: PASSWORD });
      return out.replace('{victim}', String(user.id));
    }
    return out;
  }

  for (const [id, row] of Object.entries(TABLE)) {
    for (const who of ALL) {
      const allowed = row.allowed.includes(who);
      it(`${id} as ${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const [method, routePath] = id.split(' ') as [string, string];
        const path = await fill(row.path ?? routePath, who);
        const body = row.body === undefined ? undefined : JSON.parse(await fill(JSON.stringify(row.body), who)) as unknown;
        // Each call gets a fresh session so that logout and role changes cannot affect the next one.
        const caller = who === 'anonymous' ? undefined
          : client(server.url, `the-${who}`, clients.get(who)!.userId, await server.session(`the-${who}`));
        const r = caller ? await caller.send(method, path, body)
          : await fetch(`${server.url}${path}`, { method, ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
        const text = await r.text();
        if (allowed) {
          // Allowed means the access check let it through: the handler answered (a failed login's 401 is the handler's own answer).
          expect(r.status, text).not.toBe(403);
          if (id !== 'POST /api/auth/login') expect(r.status, text).not.toBe(401);
          const expected = id === 'POST /api/auth/login' ? 401 : 200;
          expect([expected, ...(row.status ?? [])], text).toContain(r.status);
        } else {
          expect(r.status, text).toBe(who === 'anonymous' ? 401 : 403);
          expect(JSON.parse(text)).toMatchObject({ error: { code: who === 'anonymous' ? 'unauthenticated' : 'forbidden' } });
        }
      });
    }
  }

  it('a read-only API token cannot call any route that writes', async () => {
    const admin = clients.get('admin')!;
    const { token } = await server.auth.createToken({ name: 'test' }, { userId: admin.userId, name: 'ro', scope: 'read' });
    const bot = client(server.url, 'the-admin', admin.userId, token, 'bearer');
    for (const [id, row] of Object.entries(TABLE)) {
      const [method, routePath] = id.split(' ') as [string, string];
      if (method === 'GET' || id === 'POST /api/auth/login') continue;
      const path = await fill(row.path ?? routePath, 'admin');
      const r = await bot.send(method, path, row.body === undefined ? undefined : JSON.parse(await fill(JSON.stringify(row.body), 'admin')));
      expect(r.status, id).toBe(403);
    }
  });

  it('denials to signed-in users are audited', async () => {
    await clients.get('viewer')!.get('/api/users');
    const [entry] = await store.audit.list({ action: 'access.denied', actor: 'the-viewer', limit: 1 });
    expect(entry).toMatchObject({ outcome: 'denied', target: 'GET /api/users' });
  });

  it('saved queries: another user cannot see, change or delete a private one; a shared one is readable, not writable', async () => {
    const owner = await server.as('analyst', 'owner-a');
    const other = await server.as('analyst', 'other-b');
    const admin = clients.get('admin')!;
    const mine = await (await owner.send('POST', '/api/saved-queries', { name: 'mine', query: 'ozempic' })).json() as { id: number };
    for (const [method, body] of [['GET', undefined], ['PATCH', { name: 'x' }], ['DELETE', undefined]] as const) {
      const r = await other.send(method, `/api/saved-queries/${mine.id}`, body);
      expect(r.status, method).toBe(404);
    }
    expect((await other.get(`/api/analytics/share-of-voice?ids=${mine.id}`)).status).toBe(404);
    const listed = await (await other.get('/api/saved-queries?limit=200')).json() as { items: Array<{ id: number }> };
    expect(listed.items.map((q) => q.id)).not.toContain(mine.id);
    await owner.send('PATCH', `/api/saved-queries/${mine.id}`, { shared: true });
    expect((await other.get(`/api/saved-queries/${mine.id}`)).status).toBe(200);
    expect((await other.send('PATCH', `/api/saved-queries/${mine.id}`, { name: 'hijack' })).status).toBe(403);
    expect((await other.send('DELETE', `/api/saved-queries/${mine.id}`)).status).toBe(403);
    expect((await admin.send('PATCH', `/api/saved-queries/${mine.id}`, { name: 'moderated' })).status).toBe(200);
  });

  it('tokens: another user can neither list nor revoke mine; an admin can', async () => {
    const owner = await server.as('viewer', 'tok-owner');
    const other = await server.as('viewer', 'tok-other');
    const { record } = await (await owner.send('POST', '/api/tokens', { name: 'mine' })).json() as { record: { id: number } };
    const theirs = await (await other.get('/api/tokens?limit=200')).json() as { items: Array<{ id: number }> };
    expect(theirs.items.map((t) => t.id)).not.toContain(record.id);
    expect((await other.get('/api/tokens?all=true')).status).toBe(403);
    expect((await other.send('DELETE', `/api/tokens/${record.id}`)).status).toBe(404);
    expect((await other.send('POST', '/api/tokens', { name: 'for-you', userId: owner.userId })).status).toBe(403);
    const all = await (await clients.get('admin')!.get('/api/tokens?all=true&limit=200')).json() as { items: Array<{ id: number }> };
    expect(all.items.map((t) => t.id)).toContain(record.id);
    expect((await clients.get('admin')!.send('DELETE', `/api/tokens/${record.id}`)).status).toBe(200);
  });

  it('sessions: a session only ever acts as its own user, and ends when the user is disabled or changes role', async () => {
    const a = await server.as('analyst', 'sess-a');
    const me = await (await a.get('/api/auth/me')).json() as { user: { username: string } };
    expect(me.user.username).toBe('sess-a');
    const b = await server.as('viewer', 'sess-b');
    await clients.get('admin')!.send('PATCH', `/api/users/${b.userId}`, { role: 'analyst' });
    expect((await b.get('/api/auth/me')).status).toBe(401);
    await clients.get('admin')!.send('PATCH', `/api/users/${a.userId}`, { disabled: true });
    expect((await a.get('/api/auth/me')).status).toBe(401);
    await expect(login(server.url, 'sess-a', PASSWORD)).rejects.toThrow(/401/);
  });

  it('the last enabled admin cannot be demoted or disabled', async () => {
    const lone = await openSqliteStore({ path: ':memory:' });
    const s = await startTestServer(lone);
    try {
      const admin = await s.as('admin', 'only-admin');
      const r = await admin.send('PATCH', `/api/users/${admin.userId}`, { role: 'viewer' });
      expect(r.status).toBe(409);
    } finally {
      await s.close();
      await lone.close();
    }
  });
});
