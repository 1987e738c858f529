/**
 * DOL scores end to end on a demo database: `auscult demo` computes them, the planted opinion leaders (the generator's
 * truth in labels.jsonl) rank at the top of their area, and influencers / profile / kol / influence read them back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

interface AccountLabel { type: 'account'; platform: string; id: string; handle: string; person: number; area: string; leader?: boolean }
interface Entry { rank: number; platform: string; accountId: string; handle: string; score: number; segment: string; why: string; hcpStatus: number;
  components: Record<string, { normalized: number }>; alsoOn: Array<{ platform: string; accountId: string; handle: string; displayName?: string }> }

describe('influence from the command line on the demo corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-influence-'));
  const db = join(dir, 'demo.db');
  let leaders: AccountLabel[];
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  const board = (area: string, ...args: string[]) => {
    const r = cli('influencers', '--area', area, '--format', 'json', ...args);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { total: number; run: { windowDays: number }; entries: Entry[] };
  };

  beforeAll(() => {
    const demo = runCli(['demo', '--size', '5000', '--no-serve', '--out', join(dir, 'data'), '--db', db]);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stderr).toMatch(/computed DOL scores \(30d, 90d, 365d\)/);
    leaders = readFileSync(join(dir, 'data', 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AccountLabel)
      .filter((l) => l.type === 'account' && l.leader);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores one run per window', () => {
    const runs = JSON.parse(cli('influence', 'status', '--json').stdout) as Array<{ windowDays: number; mode: string; scores: number }>;
    expect(runs.map((r) => r.windowDays).sort((a, b) => a - b)).toEqual([30, 90, 365]);
    expect(runs.every((r) => r.mode === 'full' && r.scores > 0)).toBe(true);
  });

  it('ranks the planted opinion leaders of every area in its top 10', () => {
    const areas = [...new Set(leaders.map((l) => l.area))];
    expect(areas).toHaveLength(8);
    for (const area of areas) {
      for (const window of ['365d', '90d']) {
        const top = new Set(board(area, '--window', window, '--top', '10').entries.map((e) => `${e.platform}:${e.accountId}`));
        const persons = new Set(leaders.filter((l) => l.area === area && top.has(`${l.platform}:${l.id}`)).map((l) => l.person));
        expect(persons.size, `${area} ${window}`).toBeGreaterThanOrEqual(window === '365d' ? 3 : 2);
      }
    }
  });

  it('filters by country and HCP status, and prints table and CSV with components, segment and why', () => {
    const all = board('oncology', '--top', '500');
    const hcps = board('oncology', '--top', '500', '--hcp-only');
    expect(hcps.total).toBeLessThan(all.total);
    expect(all.entries[0]!.why).toMatch(/^Ranked 1 of \d+ in oncology over 90 days: /);
    expect(all.entries.every((e) => Array.isArray(e.alsoOn))).toBe(true);
    expect(Object.keys(all.entries[0]!.components)).toHaveLength(6);
    const us = board('oncology', '--country', 'us', '--top', '500');
    expect(us.total).toBeGreaterThan(0);
    expect(us.total).toBeLessThan(all.total);
    const table = cli('influencers', '--area', 'oncology', '--top', '3');
    expect(table.stdout).toMatch(/rank +account +score +auth +peer +eng +reach +cons +grow +segment +also on +why/);
    expect(table.stdout.trim().split('\n')).toHaveLength(5);
    const csv = cli('influencers', '--area', 'cardiology', '--top', '5', '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]).toBe('rank,platform,account_id,handle,name,score,percentile,topical_authority,peer_endorsement,engagement,reach,consistency,growth,segment,hcp_status,why,also_on,also_on_ids');
    expect(csv).toHaveLength(6);
    const bad = cli('influencers', '--area', 'astrology');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown therapy area "astrology"; known: oncology/);
  });

  it('profile shows the analysis, scores per area, top interactions and the verification section', () => {
    const top = board('oncology', '--window', '365d', '--top', '1').entries[0]!;
    const r = cli('profile', `${top.platform}:${top.accountId}`, '--window', '365d');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`@${top.handle} on ${top.platform}`);
    expect(r.stdout).toMatch(/profile analysis\n {2}kind hcp; HCP probability [01]\.\d\d/);
    expect(r.stdout).toMatch(/verification\n {2}not reviewed/);
    expect(r.stdout).toMatch(/DOL scores \(365-day window\)\n {2}oncology: rank 1, percentile 100/);
    expect(r.stdout).toMatch(/top interactions \(both directions, weighted by kind\)\n {2}@\S+/);
    const json = JSON.parse(cli('profile', top.handle, '--json').stdout) as { account: { handle: string }; scores: unknown[]; interactions: unknown[] };
    expect(json.account.handle).toBe(top.handle);
    expect(json.interactions.length).toBeGreaterThan(0);
    expect(cli('profile', 'nobody-here').code).toBe(1);
  });

  it('imports a KOL list and reports overlap and gaps against the DOLs', () => {
    const dols = board('oncology', '--hcp-only', '--top', '3').entries;
    const names = dols.map((e) => (JSON.parse(cli('profile', `${e.platform}:${e.accountId}`, '--json').stdout) as { account: { displayName: string } }).account.displayName);
    const file = join(dir, 'kols.csv');
    writeFileSync(file, ['name,publications,trials,guideline roles,area', `"${names[0]}",120,8,2,oncology`, 'Zebulon Quartermaine,40,2,1,oncology',
      'No Count,many,1,0,oncology', 'Other Area Person,3,0,0,cardiology'].join('\n'));
    const imported = cli('kol', 'import', file, '--list', 'onc');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe('list "onc": 3 KOLs stored, 1 rows skipped\n');
    expect(imported.stderr).toMatch(/kols\.csv line 4: .*publications/);
    expect(cli('kol', 'import', file, '--list', 'onc').code).toBe(0);
    const report = JSON.parse(cli('kol', 'overlap', '--area', 'oncology', '--json').stdout) as {
      both: Array<{ kol: { name: string }; dol: { rank: number } }>; kolOnly: Array<{ name: string }>; dolOnly: unknown[]; kolsConsidered: number };
    expect(report.kolsConsidered).toBe(2);
    expect(report.both.map((m) => [m.kol.name, m.dol.rank])).toEqual([[names[0], 1]]);
    expect(report.kolOnly.map((k) => k.name)).toEqual(['Zebulon Quartermaine']);
    expect(report.dolOnly.length).toBeGreaterThan(0);
  });

  it('update folds nothing new into runs equal to the last ones', () => {
    const before = board('oncology', '--top', '20').entries.map((e) => [e.handle, e.rank]);
    const r = cli('influence', 'update', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mode: 'incremental', rebuilt: true, folded: { posts: 0, interactions: 0 } });
    const after = board('oncology', '--top', '20');
    expect(after.entries.map((e) => [e.handle, e.rank])).toEqual(before);
  });

  it('a reviewer\'s verification shows on the profile and makes the account a verified HCP (status 2) at the next computation', () => {
    const top = board('cardiology', '--window', '365d', '--top', '1').entries[0]!;
    expect(top.hcpStatus).toBeLessThan(2);
    const ref = `${top.platform}:${top.accountId}`;
    const verified = cli('hcp', 'verify', ref, '--type', 'physician', '--specialty', 'cardiologist', '--country', 'US', '--note', 'NPI checked');
    expect(verified.code, verified.stderr).toBe(0);
    const profile = cli('profile', ref, '--window', '365d');
    expect(profile.stdout).toMatch(/verification\n {2}verified, physician, cardiologist, US \(by cli:[^,]+, \d{4}-\d\d-\d\d\)/);
    expect(profile.stdout).toMatch(/· \d{4}-\d\d-\d\d \d\d:\d\d {2}verify by cli:\S+ — NPI checked \(audit #\d+\)/);
    expect(cli('influence', 'compute', '--windows', '365').code).toBe(0);
    const after = board('cardiology', '--window', '365d', '--top', '50').entries.find((e) => e.accountId === top.accountId);
    expect(after?.hcpStatus).toBe(2);
    // Search sees the verified author too.
    expect(Number(cli('search', `verified:true author:${top.handle}`, '--count').stdout.trim())).toBeGreaterThan(0);
  });

  it('lists the person\'s other linked accounts (also on) in table, json and csv once a reviewer links them', () => {
    // A planted leader on two networks whose X account is ranked: the reviewer links the two, and the scores are recomputed.
    const top = board('oncology', '--window', '365d', '--top', '50').entries;
    const accountsOf = (person: number) => leaders.filter((l) => l.person === person);
    const person = leaders.find((l) => l.area === 'oncology' && l.platform === 'x' && accountsOf(l.person).length === 2
      && top.some((e) => e.platform === 'x' && e.accountId === l.id))!.person;
    const [a, b] = accountsOf(person);
    const linked = cli('hcp', 'link', `${a!.platform}:${a!.id}`, `${b!.platform}:${b!.id}`, '--note', 'same person');
    expect(linked.code, linked.stderr).toBe(0);
    expect(cli('influence', 'compute', '--windows', '365').code).toBe(0);
    const entries = board('oncology', '--window', '365d', '--top', '500').entries.filter((e) => accountsOf(person).some((l) => l.platform === e.platform && l.id === e.accountId));
    expect(entries).toHaveLength(1); // one person, one entry
    const shown = entries[0]!;
    const other = shown.platform === a!.platform ? b! : a!;
    expect(shown.alsoOn).toEqual([{ platform: other.platform, accountId: other.id, handle: expect.any(String), displayName: expect.any(String) }]);
    const label = `${other.platform}:${other.platform === 'reddit' ? 'u/' : '@'}${shown.alsoOn[0]!.handle}`;
    const table = cli('influencers', '--area', 'oncology', '--window', '365d', '--top', String(shown.rank));
    expect(table.stdout.trim().split('\n').at(-1)).toContain(`  ${label}`);
    const csv = cli('influencers', '--area', 'oncology', '--window', '365d', '--top', String(shown.rank), '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]!.endsWith(',why,also_on,also_on_ids')).toBe(true);
    expect(csv.at(-1)!.endsWith(`,${label},${other.platform}:${other.id}`)).toBe(true);
  });
});
