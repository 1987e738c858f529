import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnalysis } from './analysis-codec.js';
import { analyzeMany, analyzeStream } from './analyze-many.js';
import { ANALYZER_VERSION, createAnalyzer, getAnalyzer } from './analyze.js';
import { screenDraft } from './screen.js';

describe('analyze', () => {
  it('returns every detector with the documented keys and a version that names rules and data', () => {
    const r = getAnalyzer().analyze("Started Ozempic 3 weeks ago and I can't stop throwing up. My 92yo dad is in room 4B.", { author: '@jane' });
    expect(Object.keys(r).sort()).toEqual(['ae', 'areas', 'endorsement', 'entities', 'lang', 'misinformation', 'phi', 'phiQuasiIdentifiers', 'purpose', 'sentiment', 'version']);
    expect(r.lang).toBe('en');
    expect(r.version).toBe(ANALYZER_VERSION);
    expect(ANALYZER_VERSION).toMatch(/^nlp-\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    for (const e of r.entities) expect(e).toMatchObject({ ruleId: expect.any(String), confidence: expect.any(Number) });
  });

  it('identifies languages', () => {
    const a = getAnalyzer();
    expect(a.analyze('Seit drei Wochen nehme ich Ozempic und mir ist ständig übel.').lang).toBe('de');
    expect(a.analyze('Depuis trois semaines sous Ozempic, des nausées tous les jours.').lang).toBe('fr');
    expect(a.analyze('Llevo tres semanas con Ozempic y tengo náuseas todos los días.').lang).toBe('es');
  });

  it('offsets of every entity and PHI span are UTF-16 indexes into the input (property)', () => {
    const a = getAnalyzer();
    fc.assert(fc.property(fc.array(fc.constantFrom('Ozempic', '😩', 'nausea', 'my', '92yo', 'mom', 'é', 'Crohn’s', '#t1d', 'no', 'more', 'pain', '3/14', 'Zoloft',
      '\n', 'rash', 'St. Mary\'s', '🎂🎂'), { maxLength: 20 }).map((w) => w.join(' ')), (text) => {
      const r = a.analyze(text);
      for (const e of r.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const p of r.phi) expect(text.slice(p.start, p.end)).toBe(p.text);
    }), { numRuns: 150 });
  });

  it('two analyzers give identical results (no hidden state between calls)', () => {
    const text = 'Humira gave me a rash but no more joint pain #rheumtwitter';
    expect(createAnalyzer().analyze(text)).toEqual(getAnalyzer().analyze(text));
  });
});

describe('analyzeMany over worker threads', () => {
  it('returns results in input order, equal to in-thread analysis', async () => {
    const texts = Array.from({ length: 120 }, (_, i) => `Week ${i} on ${i % 2 ? 'Keytruda' : 'Ozempic'}, ${i % 3 ? 'rash' : 'nausea'} again #${i % 2 ? 'onctwitter' : 't1d'}`);
    const results = await analyzeMany(texts, { workers: 2, batchSize: 16, inlineBelow: 0 });
    expect(results).toHaveLength(texts.length);
    const a = getAnalyzer();
    for (const i of [0, 1, 57, 119]) expect(results[i]).toEqual(a.analyze(texts[i]!));
  });

  it('streams JSON text and reports a failing input without stopping', async () => {
    const out = [];
    for await (const r of analyzeStream(['ok text', 42 as unknown as string, 'more'], { workers: 0, json: true })) out.push(r);
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(JSON.parse((out[0] as { json: string }).json).lang).toBeDefined();
  });

  it('over worker threads, JSON batches arrive in order with a failing input reported in its place', async () => {
    // Text with a newline, quotes and an emoji: the batch's joined JSON must still split back into one line per post.
    const texts: unknown[] = Array.from({ length: 40 }, (_, i) => `Post ${i}: "Ozempic"\nmade me 🤢 on day ${i}`);
    texts[17] = 42;
    const out = [];
    for await (const r of analyzeStream(texts as string[], { workers: 1, batchSize: 8, inlineBelow: 0, json: true })) out.push(r);
    expect(out).toHaveLength(40);
    expect(out.map((r) => r.ok).filter((ok) => !ok)).toHaveLength(1);
    expect(out[17]!.ok).toBe(false);
    const a = getAnalyzer();
    for (const i of [0, 16, 18, 39]) expect(JSON.parse((out[i] as { json: string }).json)).toEqual(JSON.parse(JSON.stringify(a.analyze(texts[i] as string))));
  });

  it('hands back the stored form too when asked, encoded in the worker or inline alike', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `Started metformin ${i} weeks ago, constant diarrhea`);
    for (const workers of [0, 1]) {
      const out = [];
      for await (const r of analyzeStream(texts, { workers, batchSize: 4, inlineBelow: 0, json: true, encoded: true })) out.push(r);
      expect(out).toHaveLength(20);
      for (const r of out) {
        if (!r.ok) throw new Error(r.error);
        expect(r.encoded, `workers ${workers}`).toBeInstanceOf(Uint8Array);
        expect(decodeAnalysis(r.encoded!)).toBe(r.json);
      }
    }
  });
});

describe('screenDraft', () => {
  const a = getAnalyzer();
  it('pass: a neutral, balanced draft', () => {
    expect(screenDraft(a, 'Join us Thursday for grand rounds on heart failure care.').verdict).toBe('pass');
  });
  it('review: benefit claim without risk, brand without established name (exit 1)', () => {
    const r = screenDraft(a, 'Keytruda works wonders for lung cancer!');
    expect(r.verdict).toBe('review');
    expect(r.exitCode).toBe(1);
    const rules = r.findings.map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['fair-balance.benefit-without-risk', 'fair-balance.benefit-without-risk-link', 'labeling.brand-without-established-name']));
    expect(r.findings.find((f) => f.ruleId === 'labeling.brand-without-established-name')!.fix).toBe('Write "Keytruda (pembrolizumab)".');
    expect(r.findings.find((f) => f.ruleId === 'fair-balance.benefit-without-risk')!.fix).toMatch(/dailymed\.nlm\.nih\.gov/);
  });
  it('review, never block: a possible off-label use goes to medical review', () => {
    const r = screenDraft(a, 'Tried Keytruda (pembrolizumab) for psoriasis, side effects were mild. Risks: https://dailymed.nlm.nih.gov/x');
    const off = r.findings.filter((f) => f.kind === 'off-label');
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((f) => f.severity === 'review')).toBe(true);
  });
  it('block: PHI, with the redacted draft as the fix (exit 2)', () => {
    const r = screenDraft(a, "My 92yo patient in room 4B at St. Mary's on 3/14 did great");
    expect(r.verdict).toBe('block');
    expect(r.exitCode).toBe(2);
    expect(r.redacted).toBe('My 90+yo patient in room [OTHER_ID] at [FACILITY] on [DATE] did great');
  });
  it('block: undisclosed endorsement and debunked claims', () => {
    expect(screenDraft(a, 'Loving Wegovy, use code GLOW20').findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['endorsement.disclosure.absent', 'block']);
    const m = screenDraft(a, 'The COVID vaccine changes your DNA');
    expect(m.verdict).toBe('block');
    expect(m.findings[0]!.fix).toMatch(/cdc\.gov/);
  });
});
