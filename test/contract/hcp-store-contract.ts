/** The contract of the HCP registry port (src/hcp/hcp-store.ts), run on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../src/audit/audit-log.js';
import type { AnalysisToSave, DecisionInput, HcpStore } from '../../src/hcp/hcp-store.js';
import type { RegistryRecord } from '../../src/hcp/registry/registry-record.js';
import type { IngestEvent } from '../../src/ingest/events.js';
import { parseQuery } from '../../src/query/parser.js';
import type { Store } from '../../src/store/store.js';
import { T0, accountEvent, interactionEvent, postEvent } from '../support/factories.js';

export interface HcpContractOptions {
  name: string;
  create: () => Promise<Store>;
  /** Runs one raw SQL statement against the store's database (to prove what the database itself refuses). */
  raw: (store: Store, sql: string) => Promise<void>;
}

const NOW = 1_700_000_000_000;
const EV = [{ rule: 'credential:MD', supports: 'hcp', field: 'name' as const, text: 'MD', span: [11, 13] as [number, number], weight: 2.5 }];

function analysis(ref: number, probability: number, extra: Partial<AnalysisToSave['analysis']> = {}, snapshotAt = T0): AnalysisToSave {
  return { ref, snapshotAt, analysis: { probability, kind: probability >= 0.5 ? 'hcp' : 'other', type: 'physician', specialties: ['oncology'],
    credentials: ['MD'], nucc: [{ code: '207RX0202X', name: 'Medical Oncology Physician' }], country: 'US', analyzerVersion: 'v1', evidence: EV,
    ...extra } };
}

export function runHcpStoreContract({ name, create, raw }: HcpContractOptions): void {
  describe(`HCP store contract: ${name}`, () => {
    let store: Store;
    let hcp: HcpStore;
    beforeEach(async () => { store = await create(); hcp = store.hcp; });
    afterEach(async () => { await store.close(); });

    async function write(events: IngestEvent[]) {
      const runId = await store.startRun(['t']);
      await store.writeBatch({ runId, events, quarantine: [] });
    }
    /** Four accounts on X (u1…u4) and one on Bluesky; u1 has 900 followers, u2 none reported but 3 interactions received. */
    async function seed() {
      await write([
        accountEvent({ nativeId: 'u1', handle: 'DrJane', displayName: 'Jane Doe, MD', bio: 'Oncologist', followersCount: 900 }),
        accountEvent({ nativeId: 'u2', handle: 'nurse_bo', displayName: 'Bo Lee, RN' }),
        accountEvent({ nativeId: 'u3', handle: 'pat', displayName: 'Pat', followersCount: 5000 }),
        accountEvent({ nativeId: 'u4', handle: 'fan', displayName: 'Fan', followersCount: 10 }),
        accountEvent({ platform: 'bluesky', nativeId: 'did:plc:jane', handle: 'drjane.bsky.social', displayName: 'Jane Doe' }),
        postEvent({ nativeId: 'p1', authorId: 'u1', authorHandle: 'DrJane', text: 'new trial data #OncTwitter', hashtags: ['onctwitter'], createdAt: T0 }),
        postEvent({ nativeId: 'p2', authorId: 'u1', authorHandle: 'DrJane', text: 'older post', createdAt: T0 - 1000 }),
        postEvent({ nativeId: 'p3', authorId: 'u1', authorHandle: 'DrJane', text: 'oldest post', createdAt: T0 - 2000 }),
        ...['u3', 'u4', 'u1'].map((from, i) => interactionEvent({ kind: 'mention', key: `m${i}`, fromAccountId: from, toAccountId: 'u2', postId: undefined })),
      ]);
      const ref = async (platform: string, id: string) => (await hcp.findAccount(platform, id))!.ref;
      return { u1: await ref('x', 'u1'), u2: await ref('x', 'u2'), u3: await ref('x', 'u3'), u4: await ref('x', 'u4'),
        bsky: await ref('bluesky', 'did:plc:jane') };
    }
    const auditOf = (action: string, target: string): AuditEntryInput => ({ actor: 'cli:tester', action, target, outcome: 'ok' });
    function verifyInput(ref: number, status: 'verified' | 'rejected' | 'needs_evidence', at = NOW): DecisionInput {
      const decision = status === 'verified' ? 'verify' : status === 'rejected' ? 'reject' : 'needs_evidence';
      return { ref, decision, actor: 'cli:tester', at, before: { status: 'unreviewed' }, after: { status }, evidence: EV, note: 'checked',
        effect: { kind: 'verification', state: { status, type: 'physician', specialty: 'medical oncology', country: 'US', note: 'checked' } } };
    }

    it('finds accounts by native id or handle (any case, with or without @), and not hidden ones', async () => {
      const refs = await seed();
      expect((await hcp.findAccount('x', 'u1'))).toMatchObject({ ref: refs.u1, accountId: 'u1', handle: 'DrJane', followers: 900, bio: 'Oncologist' });
      expect((await hcp.findAccount('x', '@drjane'))?.ref).toBe(refs.u1);
      expect(await hcp.findAccount('bluesky', 'u1')).toBeUndefined();
      await write([{ kind: 'account-status', platform: 'x', accountId: 'u4', status: 'suspended', at: T0 + 1 }]);
      expect(await hcp.findAccount('x', 'u4')).toBeUndefined();
      const listed = await hcp.accounts(0, 10);
      expect(listed.map((a) => a.accountId).sort()).toEqual(['did:plc:jane', 'u1', 'u2', 'u3']);
      expect(listed.map((a) => a.ref)).toEqual(listed.map((a) => a.ref).sort((x, y) => x - y));
    });

    it('lists accounts needing analysis: new, changed since analysed, or of another analyzer version', async () => {
      const refs = await seed();
      expect((await hcp.accountsNeedingAnalysis('v1', 0, 100))).toHaveLength(5);
      await hcp.saveAnalyses([analysis(refs.u1, 0.97), analysis(refs.u2, 0.8), analysis(refs.u3, 0.1), analysis(refs.u4, 0.6),
        analysis(refs.bsky, 0.4)], NOW);
      expect(await hcp.accountsNeedingAnalysis('v1', 0, 100)).toEqual([]);
      // Row order is the engine's; pages follow it.
      const inOrder = Object.values(refs).sort((x, y) => x - y);
      expect((await hcp.accountsNeedingAnalysis('v2', 0, 2)).map((a) => a.ref)).toEqual(inOrder.slice(0, 2));
      expect((await hcp.accountsNeedingAnalysis('v2', inOrder[1]!, 100)).map((a) => a.ref)).toEqual(inOrder.slice(2));
      await write([accountEvent({ nativeId: 'u3', handle: 'pat', displayName: 'Pat, RN', snapshotAt: T0 + 5000 })]);
      expect((await hcp.accountsNeedingAnalysis('v1', 0, 100)).map((a) => a.ref)).toEqual([refs.u3]);
      const stored = await hcp.getAnalysis(refs.u1);
      expect(stored).toEqual({ ...analysis(refs.u1, 0.97).analysis, analysedAt: new Date(NOW).toISOString() });
      await hcp.saveAnalyses([analysis(refs.u1, 0.5, { type: null, country: null })], NOW + 1);
      expect(await hcp.getAnalysis(refs.u1)).toMatchObject({ probability: 0.5, type: null, country: null });
      expect((await hcp.analysedAccounts(0.6, 0, 10)).map((x) => x.account.ref)).toEqual([refs.u2, refs.u4].sort((x, y) => x - y));
    });

    it('samples each account\'s most recent posts', async () => {
      const refs = await seed();
      const samples = await hcp.postSamples([refs.u1, refs.u2], 2);
      expect(samples.get(refs.u1)).toEqual([{ text: 'new trial data #OncTwitter', hashtags: ['onctwitter'] }, { text: 'older post', hashtags: [] }]);
      expect(samples.has(refs.u2)).toBe(false);
    });

    it('orders the queue by reach × likelihood, filters it, pages it by cursor and leaves decided accounts out', async () => {
      const refs = await seed();
      await hcp.saveAnalyses([analysis(refs.u1, 0.9), analysis(refs.u2, 0.8, { type: 'nurse', country: 'GB' }), analysis(refs.u3, 0.3),
        analysis(refs.u4, 0.6), analysis(refs.bsky, 0.55)], NOW);
      const all = await hcp.queue({ minProbability: 0.5, limit: 10 });
      // u1 900 × 0.9 = 810; u4 10 × 0.6 = 6; u2 3 interactions × 0.8 = 2.4; bsky 0 × 0.55 = 0.
      expect(all.map((r) => r.account.ref)).toEqual([refs.u1, refs.u4, refs.u2, refs.bsky]);
      expect(all[0]).toMatchObject({ reach: 900, reachSource: 'followers', analysis: { probability: 0.9, evidence: EV } });
      expect(all[0]!.value).toBeCloseTo(810);
      expect(all[2]).toMatchObject({ reach: 3, reachSource: 'interactions' });
      expect(all[2]!.value).toBeCloseTo(2.4);
      expect((await hcp.queue({ minProbability: 0.2, limit: 10 })).map((r) => r.account.ref)[0]).toBe(refs.u3);
      expect((await hcp.queue({ minProbability: 0.5, limit: 10, type: 'nurse' })).map((r) => r.account.ref)).toEqual([refs.u2]);
      expect((await hcp.queue({ minProbability: 0.5, limit: 10, country: 'gb' })).map((r) => r.account.ref)).toEqual([refs.u2]);
      const first = await hcp.queue({ minProbability: 0.5, limit: 2 });
      const last = first.at(-1)!;
      const second = await hcp.queue({ minProbability: 0.5, limit: 2, after: { value: last.value, ref: last.account.ref } });
      expect([...first, ...second].map((r) => r.account.ref)).toEqual(all.map((r) => r.account.ref));
      await hcp.recordDecision(verifyInput(refs.u1, 'verified'), auditOf('hcp.verify', 'account:x/u1'));
      await hcp.recordDecision(verifyInput(refs.u4, 'needs_evidence'), auditOf('hcp.needs_evidence', 'account:x/u4'));
      expect((await hcp.queue({ minProbability: 0.5, limit: 10 })).map((r) => r.account.ref)).toEqual([refs.u2, refs.bsky]);
    });

    it('records a decision, its new state and its audit entry together; the log is append-only', async () => {
      const refs = await seed();
      const { decision, audit } = await hcp.recordDecision(verifyInput(refs.u1, 'verified'), auditOf('hcp.verify', 'account:x/u1'));
      expect(decision).toMatchObject({ account: { platform: 'x', accountId: 'u1', handle: 'DrJane' }, decision: 'verify', actor: 'cli:tester',
        at: new Date(NOW).toISOString(), before: { status: 'unreviewed' }, after: { status: 'verified' }, evidence: EV, note: 'checked',
        auditSeq: audit.seq });
      expect(audit).toMatchObject({ action: 'hcp.verify', target: 'account:x/u1' });
      expect(await hcp.getVerification(refs.u1)).toEqual({ status: 'verified', type: 'physician', specialty: 'medical oncology', country: 'US',
        note: 'checked', by: 'cli:tester', at: new Date(NOW).toISOString() });
      // A reversal is a new entry; the first stays.
      await hcp.recordDecision(verifyInput(refs.u1, 'rejected', NOW + 1), auditOf('hcp.reject', 'account:x/u1'));
      expect((await hcp.decisions(refs.u1)).map((d) => d.decision)).toEqual(['verify', 'reject']);
      expect((await hcp.getVerification(refs.u1))?.status).toBe('rejected');
      await expect(raw(store, "UPDATE hcp_decisions SET note = 'edited'")).rejects.toThrow(/append-only/);
      await expect(raw(store, 'DELETE FROM hcp_decisions')).rejects.toThrow(/append-only/);
      expect((await hcp.decisions(refs.u1))[0]!.note).toBe('checked');
      expect((await store.audit.verify()).ok).toBe(true);
    });

    it('stores neither the decision nor its audit entry when either fails', async () => {
      const refs = await seed();
      const bad = { ...verifyInput(refs.u1, 'verified'), decision: 'approve' } as unknown as DecisionInput;
      await expect(hcp.recordDecision(bad, auditOf('hcp.verify', 'account:x/u1'))).rejects.toThrow();
      expect(await hcp.decisions(refs.u1)).toEqual([]);
      expect(await hcp.getVerification(refs.u1)).toBeUndefined();
      expect(await store.audit.list({ actionPrefix: 'hcp.' })).toEqual([]);
      expect((await hcp.recordDecision(verifyInput(refs.u1, 'verified'), auditOf('hcp.verify', 'account:x/u1'))).audit.seq).toBe(1);
    });

    it('keeps proposed identity links, and a human decision wins over later proposals', async () => {
      const refs = await seed();
      expect(await hcp.saveLinkCandidates([{ a: refs.bsky, b: refs.u1, confidence: 0.98, evidence: EV, auto: true },
        { a: refs.u2, b: refs.u3, confidence: 0.55, evidence: [], auto: false }], NOW)).toBe(2);
      const auto = (await hcp.getLink(refs.u1, refs.bsky))!;
      expect(auto).toMatchObject({ status: 'auto', confidence: 0.98, evidence: EV });
      expect([auto.a.accountId, auto.b.accountId].sort()).toEqual(['did:plc:jane', 'u1']);
      expect((await hcp.links({ statuses: ['candidate', 'auto'], limit: 10, offset: 0 })).map((l) => l.confidence)).toEqual([0.98, 0.55]);
      expect((await hcp.links({ statuses: ['candidate'], limit: 10, offset: 0 })).flatMap((l) => [l.a.accountId, l.b.accountId]).sort())
        .toEqual(['u2', 'u3']);
      const link: DecisionInput = { ref: refs.u3, decision: 'unlink', actor: 'cli:tester', at: NOW, before: { status: 'candidate' },
        after: { status: 'rejected' }, evidence: [], effect: { kind: 'link', other: refs.u2, status: 'rejected', confidence: 0.55, evidence: [] } };
      const { decision } = await hcp.recordDecision(link, auditOf('hcp.unlink', 'account:x/u3'));
      expect(decision).toMatchObject({ account: { accountId: 'u3' }, other: { accountId: 'u2' }, decision: 'unlink' });
      await hcp.saveLinkCandidates([{ a: refs.u2, b: refs.u3, confidence: 0.6, evidence: [], auto: false }], NOW + 1);
      expect(await hcp.getLink(refs.u3, refs.u2)).toMatchObject({ status: 'rejected', confidence: 0.6, decidedBy: 'cli:tester' });
      expect((await hcp.links({ ref: refs.u2, limit: 10, offset: 0 })).map((l) => l.status)).toEqual(['rejected']);
      expect((await hcp.decisions(refs.u2)).map((d) => d.decision)).toEqual(['unlink']);
      // A link a human makes without a proposal.
      await hcp.recordDecision({ ...link, ref: refs.u4, decision: 'link', effect: { kind: 'link', other: refs.u1, status: 'confirmed', confidence: 1,
        evidence: [] } }, auditOf('hcp.link', 'account:x/u4'));
      expect(await hcp.getLink(refs.u1, refs.u4)).toMatchObject({ status: 'confirmed', confidence: 1 });
    });

    it('keeps the author profile that search and breakdowns read in step with analyses, decisions and links', async () => {
      const refs = await seed();
      await write([postEvent({ platform: 'bluesky', nativeId: 'b1', authorId: 'did:plc:jane', authorHandle: 'drjane.bsky.social',
        text: 'skeet about a trial', createdAt: T0 })]);
      const count = (q: string) => store.countMatches(parseQuery(q, { now: T0 }));
      expect(await count('kind:hcp')).toBe(0);
      expect(await count('verified:false')).toBe(4);
      await hcp.saveAnalyses([analysis(refs.u1, 0.9), analysis(refs.u3, 0.1, { kind: 'patient', country: 'GB' })], NOW);
      expect(await count('kind:hcp')).toBe(3);
      expect(await count('country:us')).toBe(3);
      expect(await count('specialty:oncologist')).toBe(3);
      expect(await count('specialty:"medical oncology" kind:hcp')).toBe(3);
      expect(await count('specialty:cardiology')).toBe(0);
      expect(await count('verified:true')).toBe(0);
      const byCountry = await store.analytics.breakdown({}, 'authorCountry', 10);
      expect(byCountry).toEqual([{ key: 'US', posts: 3 }, { key: 'unknown', posts: 1 }]);

      await hcp.recordDecision(verifyInput(refs.u1, 'verified'), auditOf('hcp.verify', 'account:x/u1'));
      expect(await count('verified:true')).toBe(3);
      expect(await count('verified:false')).toBe(1);
      await hcp.recordDecision(verifyInput(refs.u1, 'rejected', NOW + 1), auditOf('hcp.reject', 'account:x/u1'));
      expect(await count('kind:hcp')).toBe(0);
      expect(await count('kind:unknown')).toBe(3);

      // A self-declared link makes the Bluesky account the same person: its post now counts as the profile's.
      await hcp.recordDecision(verifyInput(refs.u1, 'verified', NOW + 2), auditOf('hcp.verify', 'account:x/u1'));
      await hcp.saveLinkCandidates([{ a: refs.bsky, b: refs.u1, confidence: 0.98, evidence: EV, auto: true }], NOW);
      expect(await count('verified:true')).toBe(4);
      expect((await store.analytics.breakdown({}, 'authorSpecialty', 10))).toEqual([{ key: 'oncology', posts: 4 }]);
      // A human unlinking them splits the profile again.
      const unlink: DecisionInput = { ref: refs.bsky, decision: 'unlink', actor: 'cli:tester', at: NOW + 3, before: { status: 'auto' },
        after: { status: 'rejected' }, evidence: [], effect: { kind: 'link', other: refs.u1, status: 'rejected', confidence: 0.98, evidence: [] } };
      await hcp.recordDecision(unlink, auditOf('hcp.unlink', 'account:bluesky/did:plc:jane'));
      expect(await count('verified:true')).toBe(3);
      expect(await count('platform:bluesky kind:unknown')).toBe(1);
    });

    it('imports registry records idempotently and keeps matches per source', async () => {
      const refs = await seed();
      const rec = (id: string, extra: Partial<RegistryRecord> = {}): RegistryRecord => ({ source: 'nppes', id, entity: 'individual',
        firstName: 'JANE', lastName: 'DOE', credential: 'M.D.', taxonomies: [{ code: '207RX0202X', primary: true }], city: 'BOSTON', state: 'MA',
        country: 'US', line: 2, ...extra });
      await hcp.upsertRegistryRecords([rec('1'), rec('2', { firstName: 'JOHN' }), rec('3')], NOW);
      await hcp.upsertRegistryRecords([rec('1'), rec('2', { firstName: 'JON' })], NOW + 1);
      await hcp.upsertRegistryRecords([rec('1', { source: 'gmc' })], NOW);
      expect(await hcp.countRegistryRecords('nppes')).toBe(3);
      expect(await hcp.registrySources()).toEqual(['gmc', 'nppes']);
      const page = await hcp.registryRecords('nppes', '1', 10);
      expect(page.map((r) => [r.id, r.firstName])).toEqual([['2', 'JON'], ['3', 'JANE']]);
      expect(page[1]).toEqual({ ...rec('3'), line: 0 });
      await hcp.replaceMatches('nppes', [{ ref: refs.u1, recordId: '1', score: 0.9, evidence: EV }, { ref: refs.u1, recordId: '3', score: 0.7, evidence: [] }], NOW);
      await hcp.replaceMatches('gmc', [{ ref: refs.u1, recordId: '1', score: 0.8, evidence: [] }], NOW);
      expect((await hcp.matches(refs.u1)).map((m) => [m.source, m.recordId, m.score])).toEqual([['nppes', '1', 0.9], ['gmc', '1', 0.8], ['nppes', '3', 0.7]]);
      expect((await hcp.matches(refs.u1))[0]).toMatchObject({ evidence: EV, record: { firstName: 'JANE', taxonomies: [{ code: '207RX0202X', primary: true }] } });
      await hcp.replaceMatches('nppes', [{ ref: refs.u2, recordId: '2', score: 0.65, evidence: [] }], NOW);
      expect((await hcp.matches(refs.u1)).map((m) => m.source)).toEqual(['gmc']);
      expect((await hcp.matches(refs.u2)).map((m) => m.recordId)).toEqual(['2']);
    });

    it('gives the influence engine 2 for verified, 1 for likely and not rejected, 0 otherwise', async () => {
      const refs = await seed();
      await hcp.saveAnalyses([analysis(refs.u1, 0.9), analysis(refs.u2, 0.8), analysis(refs.u3, 0.2), analysis(refs.u4, 0.7)], NOW);
      await hcp.recordDecision(verifyInput(refs.u3, 'verified'), auditOf('hcp.verify', 'account:x/u3'));
      await hcp.recordDecision(verifyInput(refs.u4, 'rejected'), auditOf('hcp.reject', 'account:x/u4'));
      await hcp.recordDecision(verifyInput(refs.u2, 'needs_evidence'), auditOf('hcp.needs_evidence', 'account:x/u2'));
      expect(await hcp.verificationStatuses()).toEqual([
        { platform: 'x', accountId: 'u1', status: 1 }, { platform: 'x', accountId: 'u2', status: 1 },
        { platform: 'x', accountId: 'u3', status: 2 }, { platform: 'x', accountId: 'u4', status: 0 },
      ]);
    });
  });
}
