/** The HCP review API over real HTTP on loopback, run against each store: queue pages, evidence, decisions, audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStoredAccounts } from '../../src/hcp/registry-workflow/analyze-stored-accounts.js';
import { matchStoredRegistry } from '../../src/hcp/registry-workflow/match-stored-registry.js';
import type { Store } from '../../src/store/store.js';
import { type Client, type TestServer, startTestServer } from '../support/api-server.js';
import { T0, accountEvent, interactionEvent } from '../support/factories.js';

interface QueuePage { items: Array<{ account: { platform: string; id: string; handle: string }; value: number;
  analysis: { probability: number; evidence: Array<{ rule: string; span?: [number, number] }> } }>; nextCursor: string | null }

export function runHcpApiSuite({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`HCP review API over HTTP: ${name}`, () => {
    let store: Store;
    let server: TestServer;
    let reviewer: Client;

    beforeAll(async () => {
      store = await create();
      const runId = await store.startRun(['hcp-api']);
      await store.writeBatch({ runId, quarantine: [], events: [
        accountEvent({ nativeId: 'u1', handle: 'drjane', displayName: 'Jane Doe, MD', bio: 'Medical oncologist at Mass General. #OncTwitter',
          location: 'Boston, MA', followersCount: 4000 }),
        accountEvent({ nativeId: 'u2', handle: 'nursebo', displayName: 'Bo Lee, RN, BSN', bio: 'ICU nurse. #NurseTwitter', location: 'Leeds, UK' }),
        accountEvent({ nativeId: 'u3', handle: 'drkim', displayName: 'Dr. Ana Kim, PharmD', bio: 'Clinical pharmacist', followersCount: 900 }),
        accountEvent({ nativeId: 'u4', handle: 'fan', displayName: 'Sam', bio: 'coffee and football', followersCount: 100000 }),
        ...['u3', 'u4'].map((from, i) => interactionEvent({ kind: 'mention', key: `m${i}`, fromAccountId: from, toAccountId: 'u2', postId: undefined, at: T0 })),
      ] });
      await analyzeStoredAccounts(store.hcp);
      await store.hcp.upsertRegistryRecords([{ source: 'nppes', id: '1234567893', entity: 'individual', firstName: 'JANE', lastName: 'DOE',
        credential: 'MD', taxonomies: [{ code: '207RX0202X', primary: true }], city: 'BOSTON', state: 'MA', country: 'US', line: 2 }], Date.now());
      await matchStoredRegistry(store.hcp, 'nppes');
      server = await startTestServer(store);
      reviewer = await server.as('reviewer', 'rita');
    });
    afterAll(async () => {
      await server.close();
      await store.close();
    });

    it('reports the capability and pages the queue by value with a cursor, evidence spans included', async () => {
      expect(await (await fetch(`${server.url}/api/capabilities`)).json()).toMatchObject({ hcp: true });
      const all = await (await reviewer.get('/api/hcp/queue?limit=50')).json() as QueuePage;
      expect(all.items.map((i) => i.account.id)).toEqual(['u1', 'u3', 'u2']);
      expect(all.items[0]!.value).toBeGreaterThan(all.items[1]!.value);
      expect(all.items[0]!.analysis.evidence.find((e) => e.rule === 'credential:MD')?.span).toEqual([10, 12]);
      const seen: string[] = [];
      let cursor = '';
      for (let i = 0; i < 5; i++) {
        const r = await (await reviewer.get(`/api/hcp/queue?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as QueuePage;
        seen.push(...r.items.map((x) => x.account.id));
        if (!r.nextCursor) break;
        cursor = r.nextCursor;
      }
      expect(seen).toEqual(['u1', 'u3', 'u2']);
      expect(((await (await reviewer.get('/api/hcp/queue?type=nurse')).json()) as QueuePage).items.map((i) => i.account.id)).toEqual(['u2']);
      const bad = await reviewer.get('/api/hcp/queue?cursor=nonsense');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request', field: 'cursor' } });
    });

    it('shows an account with its analysis, registry matches and links', async () => {
      const r = await reviewer.get('/api/hcp/accounts/x/drjane');
      expect(r.status).toBe(200);
      const detail = await r.json() as { account: { id: string }; analysis: { type: string; specialties: string[] }; verification: null;
        matches: Array<{ recordId: string; score: number }> };
      expect(detail).toMatchObject({ account: { id: 'u1' }, analysis: { type: 'physician' }, verification: null });
      expect(detail.matches[0]).toMatchObject({ recordId: '1234567893' });
      const matches = await (await reviewer.get('/api/hcp/accounts/x/u1/matches')).json() as { items: unknown[] };
      expect(matches.items).toHaveLength(1);
      const missing = await reviewer.get('/api/hcp/accounts/x/nobody');
      expect(missing.status).toBe(404);
    });

    it('verifies with validated fields, audits it with the reviewer and request, and takes the account out of the queue', async () => {
      const r = await reviewer.send('POST', '/api/hcp/accounts/x/u1/decisions', { decision: 'verify', type: 'physician',
        specialty: 'medical oncology', country: 'us', note: 'NPI 1234567893' });
      expect(r.status, await r.clone().text()).toBe(200);
      const decision = await r.json() as { decision: string; actor: string; after: Record<string, unknown>; auditSeq: number };
      expect(decision).toMatchObject({ decision: 'verify', actor: 'rita', after: { status: 'verified', type: 'physician',
        specialty: 'medical oncology', country: 'US' } });
      const [entry] = await store.audit.list({ action: 'hcp.verify', limit: 1 });
      expect(entry).toMatchObject({ seq: decision.auditSeq, actor: 'rita', target: 'account:x/u1', reason: 'NPI 1234567893',
        details: { from: 'unreviewed', to: 'verified' } });
      expect(entry!.requestId).toBeTruthy();
      const queue = await (await reviewer.get('/api/hcp/queue')).json() as QueuePage;
      expect(queue.items.map((i) => i.account.id)).toEqual(['u3', 'u2']);
      expect((await store.hcp.verificationStatuses()).find((s) => s.accountId === 'u1')?.status).toBe(2);
    });

    it('refuses bad decisions naming the field, and changes nothing', async () => {
      const cases: Array<[unknown, string]> = [
        [{ decision: 'approve' }, 'decision'], [{ decision: 'verify', specialty: 'astrology' }, 'specialty'],
        [{ decision: 'verify', type: 'wizard' }, 'type'], [{ decision: 'reject' }, 'note'], [{ decision: 'verify', country: 'USA' }, 'country'],
        [{ decision: 'link', other: 'drkim' }, 'other'],
      ];
      for (const [body, field] of cases) {
        const r = await reviewer.send('POST', '/api/hcp/accounts/x/u3/decisions', body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(await r.json(), JSON.stringify(body)).toMatchObject({ error: { code: 'invalid_request', field } });
      }
      expect((await (await reviewer.get('/api/hcp/accounts/x/u3/history')).json() as { items: unknown[] }).items).toEqual([]);
    });

    it('links two accounts, rejects, reverses, and keeps every decision in the history', async () => {
      const link = await reviewer.send('POST', '/api/hcp/accounts/x/u3/decisions', { decision: 'link', other: 'x:nursebo', note: 'same clinic' });
      expect(link.status, await link.clone().text()).toBe(200);
      expect(await link.json()).toMatchObject({ decision: 'link', other: { accountId: 'u2' } });
      expect((await reviewer.send('POST', '/api/hcp/accounts/x/u3/decisions', { decision: 'reject', note: 'pharmacist, not our scope' })).status).toBe(200);
      expect((await reviewer.send('POST', '/api/hcp/accounts/x/u3/decisions', { decision: 'verify', note: 'reversed: in scope after all' })).status).toBe(200);
      const history = await (await reviewer.get('/api/hcp/accounts/x/u3/history')).json() as { items: Array<{ decision: string; before: { status: string } | null }> };
      expect(history.items.map((d) => d.decision)).toEqual(['link', 'reject', 'verify']);
      expect(history.items[2]!.before?.status).toBe('rejected');
      const links = await (await reviewer.get('/api/hcp/links?all=true')).json() as { items: Array<{ status: string }> };
      expect(links.items.map((l) => l.status)).toContain('confirmed');
      expect((await store.audit.verify()).ok).toBe(true);
    });
  });
}
