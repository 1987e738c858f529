import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');

function runWithStdin(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/bin.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('auscult analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-nlp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one NDJSON line per input line with the documented fields, UTF-16 offsets', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Started Ozempic 3 weeks ago 😩 and I cannot stop throwing up', author: '@jane' }),
      JSON.stringify({ id: 'a2', text: "My 92yo dad in room 4B at St. Mary's" }),
    ].join('\n');
    const r = runWithStdin(['analyze', '--workers', '0'], `${input}\n`);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2']);
    const first = lines[0]!;
    expect(first).toMatchObject({ lang: 'en', sentiment: { label: 'negative', score: expect.any(Number) }, ae: { present: true, criteria: { valid: true } } });
    const text = 'Started Ozempic 3 weeks ago 😩 and I cannot stop throwing up';
    for (const e of first.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(first.ae.pairs[0]).toMatchObject({ drug: 'semaglutide', reaction: 'vomiting', serious: false });
    expect(lines[1]!.phi.map((p: { type: string }) => p.type)).toEqual(['age_over_89', 'other_id', 'facility']);
    expect(r.stderr).toContain('analyzed 2 posts');
  });

  it('a bad line gives an error object naming the line, the run goes on, exit code 1', () => {
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, ['{"id":"ok1","text":"Humira gave me a rash"}', '{not json', '{"id":"x","body":"no text"}', '{"id":"ok2","text":"fine"}'].join('\n'));
    const r = runCli(['analyze', '--in', file, '--compact', '--workers', '0']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.id ?? null)).toEqual(['ok1', null, 'x', 'ok2']);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringContaining('"text"') });
    expect(lines[0]!.areas).toEqual(['immunology']);
    expect(r.stderr).toMatch(/mixed\.ndjson line 2: invalid JSON/);
  });

  it('the worker-thread path gives the same lines as the in-thread path', () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `Week ${i % 7} on Keytruda, rash and fatigue #onctwitter` })).join('\n'));
    const threaded = runCli(['analyze', '--in', file, '--workers', '2']);
    const inline = runCli(['analyze', '--in', file, '--workers', '0']);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toBe(inline.stdout);
    expect(threaded.stdout.trim().split('\n')).toHaveLength(300);
  });
});

describe('auscult screen', () => {
  it('exit 0 and PASS for a clean draft', () => {
    const r = runCli(['screen', 'Join us Thursday for grand rounds on heart failure care.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^verdict: PASS/);
  });

  it('exit 1 and REVIEW with concrete fixes for a benefit claim', () => {
    const r = runCli(['screen', 'Keytruda works wonders for lung cancer!', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { verdict: string; findings: Array<{ ruleId: string; fix: string; span?: { start: number } }> };
    expect(out.verdict).toBe('review');
    expect(out.findings.find((f) => f.ruleId === 'labeling.brand-without-established-name')?.fix).toContain('Keytruda (pembrolizumab)');
  });

  it('exit 2 and BLOCK for PHI, printing the redacted draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'auscult-screen-'));
    const file = join(dir, 'draft.txt');
    writeFileSync(file, "My 92yo patient in room 4B at St. Mary's on 3/14 did great");
    const r = runCli(['screen', '--in', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('redacted draft: My 90+yo patient in room [OTHER_ID] at [FACILITY] on [DATE] did great');
  });

  it('no draft is a clear usage error', () => {
    const r = runCli(['screen']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give the draft');
  });
});
