import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

const PROFILES = [
  { id: 'p1', name: 'Dr. Jane Smith, MD, FACC', bio: 'Cardiologist @MayoClinic. #CardioTwitter', location: 'Rochester, MN', url: '' },
  { id: 'p2', name: 'Marta', bio: 'Caregiver to my mom living with dementia', location: 'Madrid, España' },
  { id: 'p3', name: 'Krankenschwester Anna', bio: 'Gesundheits- und Krankenpflegerin auf der Intensivstation', location: 'Hamburg' },
].map((p) => JSON.stringify(p));

describe('auscult analyze-profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads NDJSON on stdin and writes one analysis per line, in order, with evidence', () => {
    const r = runCli(['analyze-profiles'], {}, `${PROFILES.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(out.map((o) => o.id)).toEqual(['p1', 'p2', 'p3']);
    expect(out[0]).toMatchObject({ kind: 'hcp', country: 'US', hcp: { type: 'physician', specialties: ['cardiology'], credentials: expect.arrayContaining(['MD', 'FACC']) } });
    expect(out[0]!.hcp.probability).toBeGreaterThan(0.9);
    expect(out[0]!.evidence.some((e: { rule: string }) => e.rule === 'credential:MD')).toBe(true);
    expect(out[1]).toMatchObject({ kind: 'caregiver', country: 'ES', hcp: { type: null } });
    expect(out[2]).toMatchObject({ kind: 'hcp', country: 'DE', hcp: { type: 'nurse' } });
  });

  it('reads --in, names a bad line on stderr, goes on, and exits 1', () => {
    const file = join(dir, 'profiles.ndjson');
    writeFileSync(file, [PROFILES[0], '{"id": "bad", "name": broken}', '', '{"id":"p4","bio":42}', PROFILES[2]].join('\n'));
    const r = runCli(['analyze-profiles', '--in', file, '--no-evidence']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/profiles\.ndjson line 2: invalid JSON/);
    expect(r.stderr).toMatch(/profiles\.ndjson line 4: field "bio" must be a string/);
    expect(r.stderr).toContain('2 profiles analysed, 2 lines skipped');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['p1', 'p3']);
    expect(out[0]).not.toHaveProperty('evidence');
  });

  it('a missing --in file is a clear error', () => {
    const r = runCli(['analyze-profiles', '--in', join(dir, 'nope.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.ndjson: no such file or directory');
  });
});
