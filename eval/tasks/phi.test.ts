/** The PHI task's development and held-out reports (eval/dev/phi-dev-*.jsonl, `npm run eval -- --holdout`). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/nlp/analyze.js';
import { PHI_GOLD_FILE, phiSection } from './phi.js';

let analyzer: Analyzer;
let root: string;
beforeAll(() => {
  analyzer = createAnalyzer();
  root = mkdtempSync(join(tmpdir(), 'auscult-phi-eval-'));
  const post = (id: string) => JSON.stringify({ id, text: 'grandma in room 4B, her friend zzq visits', phi: [
    { type: 'other_id', start: 16, end: 18, text: '4B' }, { type: 'name', start: 31, end: 34, text: 'zzq' }] });
  mkdirSync(join(root, 'dev')); mkdirSync(join(root, 'holdout'));
  writeFileSync(join(root, 'dev', 'phi-dev-7.jsonl'), `${post('a1')}\n`);
  writeFileSync(join(root, 'dev', 'notes.jsonl'), `${post('x1')}\n`);
  writeFileSync(join(root, 'holdout', 'phi-holdout-1.jsonl'), `${post('h1')}\n${post('h2')}\n`);
});

describe('PHI evaluation: development and held-out sets', () => {
  it('reports each phi-dev-<n> set as training figures and the held-out sets only when asked', () => {
    const without = phiSection(analyzer, undefined, join(root, 'no-gold'), { generated: 10, devDir: join(root, 'dev') });
    expect(without.markdown).toContain('`phi-dev-7.jsonl` (1 posts)');
    expect(without.markdown).not.toContain('notes.jsonl');
    expect(without.markdown).not.toContain('Held-out PHI sets');
    // One of the two spans is found (room 4B), the invented lower-case name is not: recall 0.5 on the dev and held-out sets.
    expect(without.numbers['phi.dev.phi-dev-7.recall']).toBe(0.5);
    expect(without.gates.some((g) => g.name.includes('dev'))).toBe(false);
    const withHoldout = phiSection(analyzer, undefined, join(root, 'no-gold'), { generated: 10, devDir: join(root, 'dev'), holdoutDir: join(root, 'holdout') });
    expect(withHoldout.markdown).toContain('`phi-holdout-1.jsonl` (2 posts)');
    expect(withHoldout.numbers['phi.holdout.phi-holdout-1.recall']).toBe(0.5);
    expect(withHoldout.gates.some((g) => g.name.includes('holdout'))).toBe(false);
  });
  it('says so when --holdout finds no held-out set', () => {
    const empty = phiSection(analyzer, undefined, join(root, 'no-gold'), { generated: 10, holdoutDir: join(root, 'missing') });
    expect(empty.markdown).toContain('**none present**');
  });
});

describe('PHI evaluation: retired gold set and gold set 2', () => {
  const post = (id: string) => JSON.stringify({ id, text: 'grandma in room 4B, her friend zzq visits', phi: [
    { type: 'other_id', start: 16, end: 18, text: '4B' }, { type: 'name', start: 31, end: 34, text: 'zzq' }] });
  it('reports a retired gold set among the development sets, never gated, and says the gate did not run without set 2', () => {
    const dev = join(root, 'dev-retired'); mkdirSync(dev);
    writeFileSync(join(dev, 'phi-retired-gold-1.jsonl'), `${post('r1')}\n`);
    const section = phiSection(analyzer, undefined, join(root, 'no-gold'), { generated: 10, devDir: dev });
    expect(section.markdown).toContain('`phi-retired-gold-1.jsonl` (1 posts)');
    expect(section.numbers['phi.dev.phi-retired-gold-1.recall']).toBe(0.5);
    expect(section.gates.some((g) => g.name.includes('retired') || g.name.includes('gold'))).toBe(false);
    expect(section.markdown).toContain('**not present** — the independent PHI gate did not run');
    expect(section.numbers['phi.gold']).toBe('not present');
  });
  it('gates on eval/gold/phi-hcp-posts-2.jsonl when it exists, only in categories with at least 10 spans', () => {
    const gold = join(root, 'gold2'); mkdirSync(gold);
    writeFileSync(join(gold, PHI_GOLD_FILE), Array.from({ length: 10 }, (_, i) => post(`g${i}`)).join('\n') + '\n');
    const section = phiSection(analyzer, undefined, gold, { generated: 10 });
    const gateNames = section.gates.filter((g) => g.name.startsWith('gold')).map((g) => g.name).sort();
    expect(gateNames).toEqual(['gold phi-hcp-posts-2: name recall', 'gold phi-hcp-posts-2: other_id recall']);
    expect(section.gates.find((g) => g.name === 'gold phi-hcp-posts-2: name recall')!.ok).toBe(false);
    expect(section.numbers['phi.gold.recall']).toBe(0.5);
  });
  it('gates on every PHI gold set present (set 3 beside set 2), each under its own name', () => {
    const gold = join(root, 'gold23'); mkdirSync(gold);
    writeFileSync(join(gold, PHI_GOLD_FILE), Array.from({ length: 10 }, (_, i) => post(`g${i}`)).join('\n') + '\n');
    writeFileSync(join(gold, 'phi-hcp-posts-3.jsonl'), Array.from({ length: 10 }, (_, i) => post(`r${i}`)).join('\n') + '\n');
    const section = phiSection(analyzer, undefined, gold, { generated: 10 });
    const gateNames = section.gates.filter((g) => g.name.startsWith('gold')).map((g) => g.name).sort();
    expect(gateNames).toEqual(['gold phi-hcp-posts-2: name recall', 'gold phi-hcp-posts-2: other_id recall',
      'gold phi-hcp-posts-3: name recall', 'gold phi-hcp-posts-3: other_id recall']);
    expect(section.markdown).toContain('### Gold set 3 `eval/gold/phi-hcp-posts-3.jsonl` (10 posts');
    expect(section.numbers['phi.gold3.recall']).toBe(0.5);
  });
});
