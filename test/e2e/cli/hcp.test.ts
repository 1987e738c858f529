/** `auscult hcp …` on a demo database, run as a reviewer would run it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/registry');

interface QueuePage { items: Array<{ account: { platform: string; handle: string; id: string }; value: number; analysis: { probability: number } }>; nextCursor: string | null }

describe('auscult hcp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-hcp-cli-'));
  const db = join(dir, 'demo.db');
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const demo = runCli(['demo', '--no-serve', '--size', '2000', '--out', join(dir, 'demo-data'), '--db', db]);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/HCP registry: [\d,]+ accounts analysed, [\d,]+ likely HCPs in the review queue/);
    // Two accounts of one orthopaedic surgeon who is in the NPPES fixture (NPI 1679576722, Kearney NE, 207X00000X).
    const file = join(dir, 'wiebe.ndjson');
    writeFileSync(file, [
      { v: 1, type: 'account', platform: 'x', id: 'w1', handle: 'DrDavidWiebe', displayName: 'David A. Wiebe, MD',
        bio: 'Orthopaedic surgeon. Sports medicine, joint replacement. Also at bsky.app/profile/drwiebe.bsky.social', location: 'Kearney, NE',
        followers: 250000, snapshotAt: '2024-06-01T00:00:00Z' },
      { v: 1, type: 'account', platform: 'bluesky', id: 'did:plc:wiebe', handle: 'drwiebe.bsky.social', displayName: 'David Wiebe MD',
        bio: 'Orthopaedic surgeon in Kearney. x.com/DrDavidWiebe', location: 'Kearney, Nebraska', snapshotAt: '2024-06-01T00:00:00Z' },
    ].map((l) => JSON.stringify(l)).join('\n'));
    const ingest = cli('ingest', file, '--no-enrich');
    expect(ingest.code, ingest.stderr).toBe(0);
  });

  it('has help with the accepted account forms and an example for every subcommand', () => {
    for (const sub of ['analyze', 'queue', 'show', 'verify', 'reject', 'needs-evidence', 'link', 'unlink', 'links', 'import-registry', 'history']) {
      const r = runCli(['hcp', sub, '--help']);
      expect(r.code, sub).toBe(0);
      expect(r.stdout, sub).toMatch(/Examples?:\n\s+\$ auscult hcp /);
    }
    expect(runCli(['hcp', 'show', '--help']).stdout).toContain('platform:handle or platform:id');
  });

  it('analyses only accounts that are new or changed, and proposes identity links', () => {
    const first = JSON.parse(cli('hcp', 'analyze', '--json').stdout) as { analysed: number; likelyHcps: number; links: { auto: number } };
    expect(first).toMatchObject({ analysed: 2, likelyHcps: 2 });
    expect(first.links.auto).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(cli('hcp', 'analyze', '--json').stdout)).toMatchObject({ analysed: 0 });
    const links = JSON.parse(cli('hcp', 'links', '--json').stdout) as Array<{ a: { handle: string }; b: { handle: string }; status: string }>;
    expect(links.find((l) => [l.a.handle, l.b.handle].sort().join(' ') === 'DrDavidWiebe drwiebe.bsky.social')?.status).toBe('auto');
  });

  it('imports the NPPES fixture idempotently and matches the surgeon to his NPI', () => {
    const first = cli('hcp', 'import-registry', join(FIXTURES, 'nppes-first10.csv'), '--json');
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout) as { source: string; records: number; stored: number; badRows: number; matches: number };
    expect(result).toMatchObject({ source: 'nppes', badRows: 0 });
    expect(result.records).toBeGreaterThan(0);
    expect(result.matches).toBeGreaterThanOrEqual(1);
    const again = JSON.parse(cli('hcp', 'import-registry', join(FIXTURES, 'nppes-first10.csv'), '--json').stdout) as typeof result;
    expect(again.stored).toBe(result.stored);
    expect(again.matches).toBe(result.matches);
    const show = JSON.parse(cli('hcp', 'show', 'x:drdavidwiebe', '--json').stdout) as { matches: Array<{ recordId: string; score: number }> };
    expect(show.matches[0]).toMatchObject({ recordId: '1679576722' });
    expect(cli('hcp', 'show', 'x:DrDavidWiebe').stdout).toMatch(/nppes:1679576722\s+score [01]\.\d\d\s+DAVID WIEBE, M\.D\./);
    // An account analysed after the import is matched by the next analyze.
    const later = join(dir, 'pilcher.ndjson');
    writeFileSync(later, JSON.stringify({ v: 1, type: 'account', platform: 'x', id: 'p1', handle: 'DrPilcher', displayName: 'Dr. William Pilcher, MD',
      bio: 'Cardiologist. Heart failure and prevention. #CardioTwitter', location: 'Jacksonville, FL', followers: 40, snapshotAt: '2024-06-01T00:00:00Z' }));
    expect(cli('ingest', later, '--no-enrich').code).toBe(0);
    const analysed = JSON.parse(cli('hcp', 'analyze', '--json').stdout) as { analysed: number; registryMatches: Record<string, number> };
    expect(analysed).toMatchObject({ analysed: 1, registryMatches: { nppes: result.matches + 1 } });
    expect((JSON.parse(cli('hcp', 'show', 'x:DrPilcher', '--json').stdout) as { matches: Array<{ recordId: string }> }).matches[0])
      .toMatchObject({ recordId: '1588667638' });
  });

  it('reports bad registry rows by line, counts them and exits 1; refuses a file that is not NPPES', () => {
    const bad = cli('hcp', 'import-registry', join(FIXTURES, 'gmc-style.csv'), '--mapping', join(FIXTURES, 'gmc-style.mapping.json'), '--json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/gmc-style\.csv line \d+: /);
    expect(JSON.parse(bad.stdout)).toMatchObject({ source: 'gmc-style', badRows: 1 });
    const notNppes = cli('hcp', 'import-registry', join(FIXTURES, 'gmc-style.csv'));
    expect(notNppes.code).toBe(2);
    expect(notNppes.stderr).toContain('not an NPPES file');
  });

  it('queues by value, verifies, takes the account out of the queue, and keeps the history', () => {
    const page = JSON.parse(cli('hcp', 'queue', '--limit', '5', '--json').stdout) as QueuePage;
    expect(page.items).toHaveLength(5);
    const values = page.items.map((i) => i.value);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    expect(page.items[0]!.account.handle).toBe('DrDavidWiebe');
    const next = JSON.parse(cli('hcp', 'queue', '--limit', '5', '--cursor', page.nextCursor!, '--json').stdout) as QueuePage;
    expect(next.items[0]!.value).toBeLessThanOrEqual(values.at(-1)!);
    expect(next.items.map((i) => i.account.id)).not.toContain(page.items[4]!.account.id);

    const verify = cli('hcp', 'verify', 'x:DrDavidWiebe', '--type', 'physician', '--specialty', 'orthopaedic surgery', '--country', 'us',
      '--note', 'NPI 1679576722');
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/cli:\S+\s+verify\s+x:DrDavidWiebe\s+unreviewed → verified\s+type=physician specialty=orthopaedic surgery country=US/);
    const after = JSON.parse(cli('hcp', 'queue', '--limit', '5', '--json').stdout) as QueuePage;
    expect(after.items.map((i) => i.account.handle)).not.toContain('DrDavidWiebe');

    const second = page.items[1]!.account;
    expect(cli('hcp', 'reject', `${second.platform}:${second.id}`).stderr).toContain('needs a note');
    expect(cli('hcp', 'needs-evidence', `${second.platform}:${second.id}`, '--note', 'two registry records').code).toBe(0);
    // A reversal is a new entry.
    expect(cli('hcp', 'reject', 'x:DrDavidWiebe', '--note', 'wrong person').code).toBe(0);
    const history = JSON.parse(cli('hcp', 'history', 'x:DrDavidWiebe', '--json').stdout) as Array<{ decision: string; before: { status: string } }>;
    expect(history.map((d) => [d.decision, d.before.status])).toEqual([['verify', 'unreviewed'], ['reject', 'verified']]);
  });

  it('explains bad accounts, types and specialties', () => {
    const noForm = cli('hcp', 'show', 'DrDavidWiebe');
    expect(noForm.code).toBe(2);
    expect(noForm.stderr).toContain('expected platform:handle or platform:id');
    const missing = cli('hcp', 'show', 'x:nobody_here');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no active x account');
    expect(cli('hcp', 'verify', 'x:DrDavidWiebe', '--type', 'wizard').stderr).toContain('expected one of physician, nurse');
    expect(cli('hcp', 'verify', 'x:DrDavidWiebe', '--specialty', 'astrology').stderr).toContain('neither in the specialty lexicon nor a NUCC');
    expect(cli('hcp', 'queue', '--country', 'USA').stderr).toContain('ISO 3166-1 alpha-2');
  });

  it('links two accounts as a human decision', () => {
    const queue = JSON.parse(cli('hcp', 'queue', '--limit', '2', '--json').stdout) as QueuePage;
    const [a, b] = queue.items.map((i) => `${i.account.platform}:${i.account.id}`);
    const link = cli('hcp', 'link', a!, b!, '--note', 'same person per conference bio');
    expect(link.code, link.stderr).toBe(0);
    expect(link.stdout).toMatch(/\blink\b.* ↔ /);
    const all = JSON.parse(cli('hcp', 'links', '--all', '--json').stdout) as Array<{ status: string; decidedBy?: string }>;
    expect(all.some((l) => l.status === 'confirmed' && l.decidedBy?.startsWith('cli:'))).toBe(true);
    expect(cli('hcp', 'link', a!, a!).stderr).toContain('cannot be linked to itself');
  });

  it('the decision log cannot be edited in the database, and the audit chain still verifies', () => {
    const raw = new Database(db);
    try {
      expect(() => raw.prepare("UPDATE hcp_decisions SET note = 'edited'").run()).toThrow(/append-only/);
      expect(() => raw.prepare('DELETE FROM hcp_decisions').run()).toThrow(/append-only/);
      const n = (raw.prepare('SELECT count(*) AS n FROM hcp_decisions').get() as { n: number }).n;
      expect(n).toBeGreaterThanOrEqual(4);
    } finally {
      raw.close();
    }
    const verify = cli('audit', 'verify');
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('audit log intact');
    const audit = JSON.parse(cli('audit', 'list', '--json', '--limit', '100').stdout) as Array<{ action: string; target?: string }>;
    expect(audit.filter((e) => e.action.startsWith('hcp.')).map((e) => e.action)).toEqual(expect.arrayContaining(
      ['hcp.verify', 'hcp.reject', 'hcp.needs_evidence', 'hcp.link']));
    expect(audit.find((e) => e.action === 'hcp.verify')?.target).toBe('account:x/w1');
  });
});
