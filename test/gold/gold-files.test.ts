/**
 * The hand-labelled gold sets (eval/gold/) must stay valid: the same checks as
 * `node --import tsx eval/gold/check-gold.ts`, plus proof that the checker catches each kind of damage.
 * PHI set 1, retired into development data (eval/dev/phi-retired-gold-1.*), keeps the same checks; the PHI damage
 * tests run on a copy of it, so they do not depend on set 2 being present.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOLD_FILES, validateGoldSets, validatePhiSet } from '../../eval/gold/check-gold.js';

const GOLD_DIR = resolve(import.meta.dirname, '../../eval/gold');
const DEV_DIR = resolve(import.meta.dirname, '../../eval/dev');
const PHI_SOURCE = GOLD_FILES.phi.replace(/\.jsonl$/, '.marked.txt');
const RETIRED = { file: 'phi-retired-gold-1.jsonl', source: 'phi-retired-gold-1.marked.txt' };

describe('gold sets in eval/gold', () => {
  const report = validateGoldSets(GOLD_DIR);

  it('pass every schema, id, offset and vocabulary check', () => {
    expect(report.errors).toEqual([]);
  });

  it('hold at least the sizes and label mix the guidelines promise', () => {
    expect(report.ade.posts).toBeGreaterThanOrEqual(200);
    const positiveShare = (report.ade.ae.true ?? 0) / report.ade.posts;
    expect(positiveShare).toBeGreaterThan(0.3);
    expect(positiveShare).toBeLessThan(0.5);
    if (existsSync(join(GOLD_DIR, GOLD_FILES.phi))) expect(report.phi.posts).toBeGreaterThanOrEqual(200);
    expect(report.bios.profiles).toBeGreaterThanOrEqual(300);
    for (const kind of ['hcp', 'patient', 'caregiver', 'patient_advocate', 'organization', 'media', 'bot', 'other']) {
      expect(report.bios.kind[kind], kind).toBeGreaterThan(0);
    }
  });
});

describe('retired PHI gold set 1 in eval/dev', () => {
  const { errors, phi } = validatePhiSet(DEV_DIR, RETIRED.file, RETIRED.source);
  it('passes the same span and offset checks, and matches its marked source', () => {
    expect(errors).toEqual([]);
    expect(phi.posts).toBe(252);
    expect(phi.spans).toBe(227);
  });
});

describe('gold checker', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  /** A copy of the gold directory with one file's lines rewritten. */
  function damagedCopy(file: string, damage: (lines: string[]) => string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'auscult-gold-'));
    dirs.push(dir);
    for (const name of [GOLD_FILES.ade, GOLD_FILES.bios]) copyFileSync(join(GOLD_DIR, name), join(dir, name));
    // The PHI file under its gold name: a copy of the retired set 1, whose content is known.
    copyFileSync(join(DEV_DIR, RETIRED.file), join(dir, GOLD_FILES.phi));
    copyFileSync(join(DEV_DIR, RETIRED.source), join(dir, PHI_SOURCE));
    const lines = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, file), damage(lines).join('\n') + '\n');
    return dir;
  }

  function editRecord(lines: string[], index: number, edit: (record: Record<string, unknown>) => void): string[] {
    const record = JSON.parse(lines[index]!) as Record<string, unknown>;
    edit(record);
    return lines.map((line, i) => (i === index ? JSON.stringify(record) : line));
  }

  it('reports a span whose UTF-16 offsets do not slice back to its text', () => {
    const lines = readFileSync(join(DEV_DIR, RETIRED.file), 'utf8').trimEnd().split('\n');
    const withEmoji = lines.findIndex((l) => {
      const p = JSON.parse(l) as { text: string; phi: unknown[] };
      return p.phi.length > 0 && /\p{Extended_Pictographic}/u.test(p.text);
    });
    expect(withEmoji).toBeGreaterThanOrEqual(0);
    const dir = damagedCopy(GOLD_FILES.phi, (ls) => editRecord(ls, withEmoji, (r) => {
      const span = (r.phi as Array<{ start: number; end: number }>).at(-1)!;
      span.start += 1; // an off-by-one, as counting code points instead of UTF-16 units would give
      span.end += 1;
    }));
    const errors = validateGoldSets(dir).errors;
    expect(errors.some((e) => e.startsWith(`${GOLD_FILES.phi}:${withEmoji + 1}:`) && e.includes('slices to'))).toBe(true);
    // The hand-marked source no longer matches the edited JSONL either.
    expect(errors.some((e) => e.includes('out of date'))).toBe(true);
  });

  it('reports duplicate ids, unknown PHI types and malformed JSON with file and line', () => {
    const dir = damagedCopy(GOLD_FILES.phi, (ls) => [
      ...editRecord(ls, 0, (r) => { (r.phi as Array<{ type: string }>)[0]!.type = 'zipcode'; }),
      ls[1]!,
      '{"id": "p999", "text": ',
    ]);
    const errors = validateGoldSets(dir).errors;
    expect(errors.some((e) => e.startsWith(`${GOLD_FILES.phi}:1: p001: phi.0.type`))).toBe(true);
    expect(errors.some((e) => e.includes('duplicate id (first on line 2)'))).toBe(true);
    expect(errors.some((e) => e.includes('invalid JSON'))).toBe(true);
  });

  it('reports an AE without pairs and an AE about people in general', () => {
    const lines = readFileSync(join(GOLD_DIR, GOLD_FILES.ade), 'utf8').trimEnd().split('\n');
    const positive = lines.findIndex((l) => (JSON.parse(l) as { ae: boolean }).ae);
    const dir = damagedCopy(GOLD_FILES.ade, (ls) => editRecord(ls, positive, (r) => {
      r.pairs = [];
      r.experiencer = 'general';
    }));
    const errors = validateGoldSets(dir).errors;
    expect(errors.some((e) => e.includes('ae is true but pairs has 0 entries'))).toBe(true);
    expect(errors.some((e) => e.includes('needs a specific experiencer'))).toBe(true);
  });

  it('reports a profile whose kind disagrees with is_hcp, and an unknown country code', () => {
    const dir = damagedCopy(GOLD_FILES.bios, (ls) => editRecord(editRecord(ls, 0, (r) => { r.kind = 'patient'; }), 1, (r) => {
      r.country = 'XX';
    }));
    const errors = validateGoldSets(dir).errors;
    expect(errors.some((e) => e.includes('kind patient disagrees with is_hcp true'))).toBe(true);
    expect(errors.some((e) => e.includes('country') && e.includes('ISO 3166-1'))).toBe(true);
  });
});
