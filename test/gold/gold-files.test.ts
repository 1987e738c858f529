/**
 * The hand-labelled gold sets (eval/gold/) must stay valid: the same checks as
 * `node --import tsx eval/gold/check-gold.ts`, plus proof that the checker catches each kind of damage.
 * PHI set 1, retired into development data (eval/dev/phi-retired-gold-1.*), keeps the same checks.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOLD_FILES, laterPhiGoldSets, PHI_SOURCES, PHI_TYPES, validateGoldSets, validatePhiSet } from '../../eval/gold/check-gold.js';

const GOLD_DIR = resolve(import.meta.dirname, '../../eval/gold');
const DEV_DIR = resolve(import.meta.dirname, '../../eval/dev');
const RETIRED = { file: 'phi-retired-gold-1.jsonl', source: 'phi-retired-gold-1.marked.txt' };
const RETIRED_3 = { file: 'phi-retired-gold-3.jsonl', source: 'phi-retired-gold-3.marked.txt' };
const RETIRED_4 = { file: 'phi-retired-gold-4.jsonl', source: 'phi-retired-gold-4.marked.txt' };
/** The record ids of a JSONL set, in file order. */
const ids = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

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
    const phiShare = report.phi.postsWithPhi / report.phi.posts;
    expect(report.phi.posts).toBeGreaterThanOrEqual(260);
    expect(phiShare).toBeGreaterThan(0.4);
    expect(phiShare).toBeLessThan(0.6);
    expect(report.bios.profiles).toBeGreaterThanOrEqual(300);
    for (const kind of ['hcp', 'patient', 'caregiver', 'patient_advocate', 'organization', 'media', 'bot', 'other']) {
      expect(report.bios.kind[kind], kind).toBeGreaterThan(0);
    }
  });

  it('give set 2 at least 25 spans of each common identifier kind and one of every PHI type', () => {
    const t = report.phi.types;
    for (const type of ['facility', 'other_id', 'age_over_89', 'date', 'address', 'name']) expect(t[type] ?? 0, type).toBeGreaterThanOrEqual(25);
    expect((t.phone ?? 0) + (t.fax ?? 0), 'phone/fax').toBeGreaterThanOrEqual(25);
    expect((t.email ?? 0) + (t.url ?? 0), 'email/url').toBeGreaterThanOrEqual(25);
    for (const type of PHI_TYPES) expect(t[type] ?? 0, type).toBeGreaterThan(0);
  });

  it('keep set 2 ids apart from the retired set 1, so a result can name its set by the id alone', () => {
    const first = new Set(ids(join(DEV_DIR, RETIRED.file)));
    expect(ids(join(GOLD_DIR, GOLD_FILES.phi)).filter((id) => first.has(id))).toEqual([]);
  });
});

describe('later PHI gold sets in eval/gold (set 4 onwards: blind annotators, README sections 2d…)', () => {
  const sets = laterPhiGoldSets(GOLD_DIR);
  it('are present: a later set replaces each retired one as an independent measure (set 4 replaced set 3; set 5 replaced set 4; set 6 was added beside set 5)', () => {
    expect(sets.length).toBeGreaterThan(0);
  });
  it.each(sets.map((s) => [s.file, s] as const))('%s passes the schema, offset and source checks and holds enough spans to gate on', (_file, set) => {
    const { errors, phi } = validatePhiSet(GOLD_DIR, set.file, set.source);
    expect(errors).toEqual([]);
    expect(phi.posts).toBeGreaterThanOrEqual(400);
    // The harness gates a category from 10 gold spans on (eval/tasks/phi.ts): every core category must reach that, and
    // the set as a whole must be large enough for its micro figures to mean something.
    for (const type of ['name', 'phone', 'date', 'address', 'facility', 'age_over_89', 'other_id']) expect(phi.types[type] ?? 0, type).toBeGreaterThanOrEqual(10);
    expect(phi.spans).toBeGreaterThanOrEqual(400);
  });
  it('keep their ids apart from sets 1, 2 and 3', () => {
    const earlier = new Set([...ids(join(DEV_DIR, RETIRED.file)), ...ids(join(GOLD_DIR, GOLD_FILES.phi)), ...ids(join(DEV_DIR, RETIRED_3.file)), ...ids(join(DEV_DIR, RETIRED_4.file))]);
    for (const set of sets) expect(ids(join(GOLD_DIR, set.file)).filter((id) => earlier.has(id)), set.file).toEqual([]);
  });
});

describe('retired PHI gold set 4 in eval/dev (looked at once, gold look 13, then retired into development data)', () => {
  it('keeps passing the schema, offset and source checks, with the counts of README section 2d', () => {
    const { errors, phi } = validatePhiSet(DEV_DIR, RETIRED_4.file, RETIRED_4.source);
    expect(errors).toEqual([]);
    expect(phi.posts).toBe(450);
    expect(phi.spans).toBe(583);
  });
});

describe('retired PHI gold set 3 in eval/dev (looked at once, gold look 12, then retired into development data)', () => {
  const { errors, phi } = validatePhiSet(DEV_DIR, RETIRED_3.file, RETIRED_3.source);
  it('keeps passing the schema, offset and source checks, with the counts of README section 2c', () => {
    expect(errors).toEqual([]);
    expect(phi.posts).toBe(450);
    expect(phi.spans).toBe(585);
  });
  it('keeps its ids apart from sets 1 and 2', () => {
    const earlier = new Set([...ids(join(DEV_DIR, RETIRED.file)), ...ids(join(GOLD_DIR, GOLD_FILES.phi))]);
    expect(ids(join(DEV_DIR, RETIRED_3.file)).filter((id) => earlier.has(id))).toEqual([]);
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
    for (const name of [...Object.values(GOLD_FILES), ...Object.values(PHI_SOURCES)]) copyFileSync(join(GOLD_DIR, name), join(dir, name));
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
    const lines = readFileSync(join(GOLD_DIR, GOLD_FILES.phi), 'utf8').trimEnd().split('\n');
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
    expect(errors.some((e) => e.startsWith(`${GOLD_FILES.phi}:1: q001: phi.0.type`))).toBe(true);
    expect(errors.some((e) => e.includes('duplicate id (first on line 2)'))).toBe(true);
    expect(errors.some((e) => e.includes('invalid JSON'))).toBe(true);
  });

  it('checks set 2 against its own marked source and names the rebuild command', () => {
    const dir = damagedCopy(GOLD_FILES.phi, (ls) => editRecord(ls, 0, (r) => { r.text = `${String(r.text)} (edited by hand)`; }));
    const errors = validateGoldSets(dir).errors;
    expect(errors).toContain(`${GOLD_FILES.phi}: out of date with ${PHI_SOURCES.phi}; run node --import tsx eval/gold/build-phi-gold.ts ${PHI_SOURCES.phi}`);
  });

  it('reports a malformed marked source with its line instead of throwing', () => {
    const dir = damagedCopy(PHI_SOURCES.phi, (ls) => [...ls, 'q999\tcall {{phone|555-0100 and never close the mark']);
    const errors = validateGoldSets(dir).errors;
    expect(errors.some((e) => e.startsWith(`${PHI_SOURCES.phi}:`) && e.includes('unbalanced') && e.includes('q999'))).toBe(true);
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
